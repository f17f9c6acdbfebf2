using NewsSite.Web.Data;

namespace NewsSite.Tests.Data;

public sealed class DatabaseStartupTests
{
    [Fact]
    public void RelativeDatabasePathsAreTakenAgainstTheContentRootAndTheFolderIsCreated()
    {
        var root = Path.Combine(Path.GetTempPath(), $"newssite-root-{Guid.NewGuid():N}");
        try
        {
            var resolved = DatabaseStartup.ResolveConnectionString(null, root);

            Assert.Equal($"Data Source={Path.Combine(root, "App_Data", "news.db")}", resolved);
            Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

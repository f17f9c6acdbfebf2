using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;

namespace NewsSite.Tests.Data;

// Each provider has its own migrations (Data/Migrations for SQLite, Data/Postgres/Migrations for PostgreSQL). A model
// change needs a migration in both sets; these fail until both are added.
public sealed class MigrationSetsTests
{
    [Fact]
    public void TheSqliteMigrationsDescribeTheWholeModel()
    {
        using var db = new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "dotnet ef migrations add <Name> --project src/NewsSite.Web --context NewsSite.Web.Data.NewsDbContext");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void ThePostgresMigrationsDescribeTheWholeModel()
    {
        using var db = Postgres();

        Assert.False(db.Database.HasPendingModelChanges(),
            "dotnet ef migrations add <Name> --project src/NewsSite.Web --context PostgresNewsDbContext --output-dir Data/Postgres/Migrations --namespace NewsSite.Web.Data.Postgres.Migrations");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private static PostgresNewsDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresNewsDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);
}

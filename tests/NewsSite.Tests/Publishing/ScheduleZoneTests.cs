using Microsoft.AspNetCore.Hosting;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Publishing;

// A newsroom in Riyadh schedules in Riyadh time, and the form says so.
public sealed class RiyadhNewsroomFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:TimeZone", "Asia/Riyadh");
    }
}

public sealed class ScheduleZoneTests(RiyadhNewsroomFactory factory) : IClassFixture<RiyadhNewsroomFactory>
{
    [Fact]
    public async Task TheScheduleFieldNamesTheConfiguredZone()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        var form = await editor.GetDocumentAsync("/Admin/Articles/Edit");

        Assert.Equal("موعد النشر بتوقيت السعودية (UTC+3)", form.QuerySelector("label[for='Input_ScheduleAt']")!.TextContent.Trim());
        Assert.Contains("المواعيد بتوقيت السعودية (UTC+3)", (await editor.GetDocumentAsync("/Admin/Fronts")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

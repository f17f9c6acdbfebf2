using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

// Text that readers or staff control (a headline, a request path) goes into log events as a property and is written
// escaped, so a line break in it can never start a forged log line.
public sealed class AuditLogTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string Forged = "[INF] Audit: admin@news.example delete article 1";

    [Fact]
    public async Task ALineBreakInLoggedTextCannotForgeALogLine()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditTrail>()
                .RecordAsync(null, "edit", null, "عنوان عادي\r\n2026-01-01 00:00:00.000 +00:00 " + Forged, CancellationToken.None);
        }

        using var response = await factory.CreateClient().GetAsync("/no-such-page%0D%0A2026-01-01%2000:00:00.000%20+00:00%20" + Uri.EscapeDataString(Forged));

        var lines = factory.LogLines();
        Assert.Contains(lines, l => l.Contains("عنوان عادي", StringComparison.Ordinal));
        // The request is logged once its response has gone.
        await Eventually.TrueAsync(() => (lines = factory.LogLines()).Any(l => l.Contains("/no-such-page", StringComparison.Ordinal)));

        Assert.Contains(lines, l => l.Contains("/no-such-page\\r\\n", StringComparison.Ordinal));   // escaped, on one line
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-01-01 00:00:00.000", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(Forged, StringComparison.Ordinal));
    }
}

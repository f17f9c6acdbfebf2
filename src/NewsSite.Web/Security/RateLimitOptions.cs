using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Security;

// Requests allowed per minute from one client address (per staff member for previews). Load tests on loopback raise
// them; a real site keeps them.
public sealed class RateLimitOptions
{
    public const string SectionName = "NewsSite:RateLimits";

    [Range(1, 1_000_000)]
    public int SignInsPerMinute { get; set; } = 20;

    // Per account, whatever the address, over 15 minutes.
    [Range(1, 1_000_000)]
    public int SignInsPerAccount { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int SearchesPerMinute { get; set; } = 60;

    // As-you-type suggestions in the header search: a reader typing fast asks several times per query.
    [Range(1, 1_000_000)]
    public int SuggestionsPerMinute { get; set; } = 300;

    [Range(1, 1_000_000)]
    public int SharesPerMinute { get; set; } = 120;

    [Range(1, 1_000_000)]
    public int PreviewsPerMinute { get; set; } = 240;

    // Article pages opened (each sends one view beacon).
    [Range(1, 1_000_000)]
    public int ViewsPerMinute { get; set; } = 300;
}

using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Counters;

public sealed class CounterOptions
{
    public const string SectionName = "NewsSite:Counters";

    // How often buffered views and shares are added to the database (and always once more on shutdown).
    [Range(1, 3600)]
    public int FlushIntervalSeconds { get; set; } = 5;
}

using System.Diagnostics;
using Xunit;

namespace NewsSite.Tests;

// What happens after the answer (the mail outbox, a counter flush, another node): asked again every 50 ms until it
// holds, failing after `within` (30 s by default).
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"Not within {limit.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<bool> condition, TimeSpan? within = null) => TrueAsync(() => Task.FromResult(condition()), within);
}

namespace NewsSite.Web;

// Background work that must not overlap with itself in this process (a flush, a publishing run): a second caller
// waits for the first to finish, then does its own run.
internal static class OneAtATime
{
    public static async Task RunAloneAsync(this SemaphoreSlim gate, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await work(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}

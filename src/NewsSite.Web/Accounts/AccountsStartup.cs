namespace NewsSite.Web.Accounts;

internal static class AccountsStartup
{
    // The roles, and the first administrator when nobody can sign in yet (AdminBootstrapper).
    public static async Task EnsureFirstAdminAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminBootstrapper>().EnsureAsync();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsSite.Tests;

// Another site on a real loopback port (a partner's webhook endpoint, a provider's oEmbed): the caller maps its
// endpoints, the app starts on a free port, and Root is its "http://127.0.0.1:port".
internal static class LoopbackApp
{
    public static WebApplication Start(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    public static string Root(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
}

using NewsSite.Web.Publishing;

namespace NewsSite.Web.Webhooks;

internal static class WebhooksServiceCollectionExtensions
{
    // Signed POSTs to the configured subscribers when a story is published, updated or withdrawn.
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebhookSignal>();
        builder.Services.AddSingleton<IArticleChangeListener, WebhookAnnouncer>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<WebhookSignal>());
        builder.Services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }
}

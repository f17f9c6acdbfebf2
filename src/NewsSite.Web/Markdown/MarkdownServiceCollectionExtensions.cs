namespace NewsSite.Web.Markdown;

internal static class MarkdownServiceCollectionExtensions
{
    public static WebApplicationBuilder AddMarkdown(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MarkdownRenderer>();
        return builder;
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Tests.Pages;

public sealed class ErrorPageTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task AnExceptionShowsAnArabicErrorPageWithoutTheStackTrace()
    {
        var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnHomeFilter()))));

        using var response = await failing.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("حدث خطأ غير متوقع", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowOnHomeFilter.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("at NewsSite", html, StringComparison.Ordinal);

        // The reference number the reader can quote is on the failure's lines in the (text) log.
        var reference = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".card__meta bdi")!.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(reference));
        await Eventually.TrueAsync(() => factory.LogLines().Any(line =>
            line.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase) && line.Contains(reference, StringComparison.Ordinal)));
    }

    internal sealed class ThrowOnHomeFilter : IAsyncPageFilter
    {
        public const string Secret = "connection-string-leak-7f3a";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Path == "/"
                ? throw new InvalidOperationException(Secret)
                : next();
    }
}

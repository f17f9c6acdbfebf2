using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Tests.Publishing;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Caching;

// A reader's page that was being made while a story was published read the stories before the change: it is sent to
// that reader, but not kept, so the next reader sees the story.
public sealed class RenderRaceTests(RenderRaceTests.GatedFactory factory) : IClassFixture<RenderRaceTests.GatedFactory>
{
    [Fact]
    public async Task AHomePageMadeWhileAStoryIsPublishedIsNotKept()
    {
        const string title = "خبر نُشر والصفحة الرئيسية قيد الإعداد";
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var reader = factory.CreateClient();

        factory.Gate.Close();
        var early = reader.GetStringAsync("/");   // reads the stories, then waits at the gate
        await factory.Gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story(title), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        factory.Gate.Open();

        Assert.DoesNotContain(title, await early, StringComparison.Ordinal);
        using var next = await reader.GetAsync("/");
        Assert.Contains(title, await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(next.Headers.Age);   // made again, not the early copy
    }

    public sealed class GatedFactory : NewsSiteFactory
    {
        public HomePageGate Gate { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(Gate)));
        }
    }

    // While closed, holds the home page after its handler has read the database and before the page is written.
    public sealed class HomePageGate : IAsyncPageFilter
    {
        private TaskCompletionSource? _held;
        private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public void Close()
        {
            _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Open() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            await next();
            if (context.HttpContext.Request.Path == "/" && _held is { } held)
            {
                _reached.TrySetResult();
                await held.Task;
            }
        }
    }
}

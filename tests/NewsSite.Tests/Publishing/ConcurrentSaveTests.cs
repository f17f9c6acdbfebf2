using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Publishing;

// The app with a switch that makes the database refuse every new article, as a full disk or a broken file would.
public sealed class FailingStoreFactory : NewsSiteFactory
{
    public bool RefuseArticles { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s =>
        {
            if (OnPostgres)
            {
                s.ConfigureDbContext<PostgresNewsDbContext>(o => o.AddInterceptors(new Refuser(this)));
            }
            else
            {
                s.ConfigureDbContext<NewsDbContext>(o => o.AddInterceptors(new Refuser(this)));
            }
        });
    }

    private sealed class Refuser(FailingStoreFactory factory) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Refuse(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Refuse(command);
            return ValueTask.FromResult(result);
        }

        private void Refuse(DbCommand command)
        {

            if (factory.RefuseArticles && command.CommandText.Contains("INSERT INTO \"Articles\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("disk I/O error (test)", new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10));
            }
        }
    }
}

public sealed class ConcurrentSaveTests(FailingStoreFactory factory) : IClassFixture<FailingStoreFactory>
{
    private static readonly StaffMember Editor = new("concurrent-editor", "محرر", CanPublish: true, IsAdmin: false);

    // Two stories saved at the same moment with the same new tag used to hit UNIQUE(Tags.Slug) and answer 500.
    [Fact]
    public async Task SimultaneousSavesWithOneNewTagAndOneTitleAllSucceed()
    {
        var tag = "وسم متزامن " + Guid.NewGuid().ToString("N")[..6];
        var saves = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var draft = new ArticleDraft(new ArticleContent { Title = "خبر يُحفظ في اللحظة نفسها", BodyMarkdown = "نص" }, "", 1, [1], [tag]);
            return await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>()
                .SaveAsync(new ArticleEdit(null, 0, draft, WorkflowAction.Publish), Editor, CancellationToken.None);
        });

        var results = await Task.WhenAll(saves);

        Assert.All(results, r => Assert.Equal(WorkflowOutcome.Done, r.Outcome));
        Assert.Equal(8, results.Select(r => r.Article!.Slug).Distinct(StringComparer.Ordinal).Count());
        var tagIds = await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == tag).Select(t => t.Id).ToListAsync());
        var id = Assert.Single(tagIds);
        Assert.Equal(8, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Tags.Any(t => t.Id == id))));
    }

    [Fact]
    public async Task AFailingStoreGivesTheEditorAnArabicMessageAndKeepsTheirText()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        factory.RefuseArticles = true;
        try
        {
            using var response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
            {
                ["Input.Title"] = "خبر لا يضيع رغم العطل",
                ["Input.BodyMarkdown"] = "فقرة كتبها المحرر بعناية",
                ["Input.SectionId"] = "1",
                ["Input.AuthorId"] = "1",
            }, "Publish");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ParseAsync();
            Assert.Contains("تعذّر حفظ الخبر الآن", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("فقرة كتبها المحرر بعناية", page.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent.Trim());
        }
        finally
        {
            factory.RefuseArticles = false;
        }

        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Content.Title == "خبر لا يضيع رغم العطل")));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Publishing;

// Every way an article changes goes through ArticleWorkflow, and each action reaches the search index and raises the
// change notification exactly once, whoever triggers it (an editor, the scheduled publisher, an import).
public sealed class ArticleWorkflowTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private static readonly StaffMember Editor = new("workflow-editor", "محرر الاختبار", CanPublish: true, IsAdmin: false);

    [Fact]
    public async Task EveryActionUpdatesTheIndexAndNotifiesOnce()
    {
        var (section, other, author) = await PlacesAsync();

        var id = await ActAsync("create", "remove", w => w.SaveAsync(Edit(null, 0, "مسودة عن الزعفرانيات", section, author), Editor, default));
        Assert.Empty(await SearchIdsAsync("الزعفرانيات"));

        await ActAsync("submit", "remove", w => w.SaveAsync(Edit(id, 1, "مسودة عن الزعفرانيات", section, author, WorkflowAction.SubmitForReview), Editor, default));
        await ActAsync("publish", "upsert", w => w.SaveAsync(Edit(id, 2, "مسودة عن الزعفرانيات", section, author, WorkflowAction.Publish), Editor, default));
        Assert.Equal([id], await SearchIdsAsync("الزعفرانيات"));

        // An edit that moves the story tells the listeners about both sections.
        await ActAsync("edit", "upsert", w => w.SaveAsync(Edit(id, 3, "تقرير عن القرنفل", other, author), Editor, default));
        Assert.Equal([id], await SearchIdsAsync("القرنفل"));
        Assert.Empty(await SearchIdsAsync("الزعفرانيات"));
        Assert.Equal(new HashSet<int> { section, other }, factory.Changes.Single().SectionIds);

        var due = factory.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await ActAsync("schedule", "remove", w => w.SaveAsync(Edit(id, 4, "تقرير عن القرنفل", other, author, WorkflowAction.Schedule, due), Editor, default));
        Assert.Empty(await SearchIdsAsync("القرنفل"));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await ActAsync("publish-scheduled", "upsert", async w => Assert.Equal(1, await w.PublishDueAsync(default)), id);
        Assert.Equal([id], await SearchIdsAsync("القرنفل"));

        await ActAsync("unpublish", "remove", w => w.SaveAsync(Edit(id, 6, "تقرير عن القرنفل", other, author, WorkflowAction.Unpublish), Editor, default));
        await ActAsync("publish", "upsert", w => w.SaveAsync(Edit(id, 7, "تقرير عن القرنفل", other, author, WorkflowAction.Publish), Editor, default));

        var first = await factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).MinAsync(r => r.Id));
        await ActAsync("restore", "upsert", w => w.RestoreAsync(id, first, Editor, default));
        Assert.Equal([id], await SearchIdsAsync("الزعفرانيات"));
        Assert.Empty(await SearchIdsAsync("القرنفل"));

        await ActAsync("delete", "remove", w => w.DeleteAsync(id, Editor, default));
        Assert.Empty(await SearchIdsAsync("الزعفرانيات"));
    }

    [Fact]
    public async Task AnImportIsIndexedAndNotifiedOnce()
    {
        factory.Changes.Clear();
        factory.IndexWrites.Clear();

        var article = await factory.AddArticleAsync("خبر مستورد عن اللبان العماني", "نص");

        var change = Assert.Single(factory.Changes);
        Assert.Equal("import", change.Action);
        Assert.Equal([article.Id], change.ArticleIds);
        Assert.Equal([("upsert", article.Id)], factory.IndexWrites);
        Assert.Equal([article.Id], await SearchIdsAsync("اللبان"));
        Assert.False(string.IsNullOrEmpty(article.ShortCode));
    }

    [Fact]
    public async Task AnIndexFailureIsLoggedAndTheStoryIsSavedAnyway()
    {
        var (section, _, author) = await PlacesAsync();
        factory.IndexDown = true;
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();

            var result = await workflow.SaveAsync(Edit(null, 0, "خبر يحفظ رغم عطل الفهرس", section, author, WorkflowAction.Publish), Editor, default);

            Assert.True(result.Succeeded);
            Assert.True(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == result.Article!.Id && a.Status == ArticleStatus.Published)));
        }
        finally
        {
            factory.IndexDown = false;
        }
    }

    [Fact]
    public async Task ARefusedActionChangesNothingAndNotifiesNobody()
    {
        var (section, _, author) = await PlacesAsync();
        var writer = new StaffMember("workflow-writer", "كاتب الاختبار", CanPublish: false, IsAdmin: false);
        factory.Changes.Clear();
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();

        var forbidden = await workflow.SaveAsync(Edit(null, 0, "خبر لا ينشره كاتب", section, author, WorkflowAction.Publish), writer, default);
        var invalid = await workflow.SaveAsync(Edit(null, 0, "خبر بلا قسم", 0, author), writer, default);

        Assert.Equal(WorkflowOutcome.Forbidden, forbidden.Outcome);
        Assert.Equal(WorkflowOutcome.Invalid, invalid.Outcome);
        Assert.Equal("اختر القسم.", invalid.Errors["SectionId"]);
        Assert.Empty(factory.Changes);
    }

    private static ArticleEdit Edit(int? id, int version, string title, int section, int author,
        WorkflowAction action = WorkflowAction.Save, DateTime? scheduleUtc = null) =>
        new(id, version, new ArticleDraft(new ArticleContent { Title = title, BodyMarkdown = $"نص {title}" }, "", section, [author], ["وسم الاختبار"]),
            action, scheduleUtc);

    // Runs one action and checks it raised one notification and one index write for the story; returns its id.
    private async Task<int> ActAsync(string action, string indexCall, Func<ArticleWorkflow, Task<WorkflowResult>> act)
    {
        var id = 0;
        await ActAsync(action, indexCall, async w =>
        {
            var result = await act(w);
            Assert.True(result.Succeeded, $"{action}: {result.Outcome} {string.Join(" ", result.Errors.Values)}");
            id = result.Article!.Id;
        }, null);
        return id;
    }

    private async Task ActAsync(string action, string indexCall, Func<ArticleWorkflow, Task> act, int? expectedId)
    {
        factory.Changes.Clear();
        factory.IndexWrites.Clear();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await act(scope.ServiceProvider.GetRequiredService<ArticleWorkflow>());
        }

        var change = Assert.Single(factory.Changes);
        Assert.Equal(action, change.Action);
        var id = Assert.Single(change.ArticleIds);
        Assert.True(expectedId is null || expectedId == id);
        Assert.Equal([(indexCall, id)], factory.IndexWrites);
    }

    private async Task<(int Section, int Other, int Author)> PlacesAsync() =>
        await factory.WithDbAsync(async db =>
        {
            var sections = await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
            return (sections[0], sections[1], await db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        });

    private async Task<List<int>> SearchIdsAsync(string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(SearchQuery.Parse(text), 1, 50, default);
        return [.. page.Items.Select(r => r.Card.Id)];
    }
}

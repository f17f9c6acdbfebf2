using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages;

namespace NewsSite.Tests.Caching;

// The related and by-author lists remembered per story stay within a fixed number of stories, however many a
// crawler reads: when full, the least recently read story's lists make room, and every story still gets its lists.
public sealed class StoryListsTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const int Capacity = 20;

    [Fact]
    public async Task WhenFullTheLeastRecentlyReadStoryMakesRoom()
    {
        var ids = new List<int>();
        for (var i = 0; i < Capacity + 2; i++)
        {
            ids.Add((await factory.AddArticleAsync($"خبر عن الجيران رقم {i + 1}", "نص الخبر")).Id);
        }

        using var lists = new StoryLists(Options.Create(new PageCacheOptions()), Capacity);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < Capacity; i++)
            {
                await AroundAsync(db, lists, ids[i]);
                Assert.Equal(i + 1, lists.Count);
            }

            await AroundAsync(db, lists, ids[0]);          // the first story read again: the second is now the oldest
            await AroundAsync(db, lists, ids[Capacity]);   // full: served, not kept, and room is made
            await Eventually.TrueAsync(() => lists.Count < Capacity);
            Assert.False(lists.Remembers(ids[1]));
            Assert.True(lists.Remembers(ids[0]));
            Assert.False(lists.Remembers(ids[Capacity]));

            await AroundAsync(db, lists, ids[Capacity + 1]);
            Assert.True(lists.Remembers(ids[Capacity + 1]));
            Assert.InRange(lists.Count, 1, Capacity);
        });
    }

    // A story's lists, checked against the ones worked out afresh.
    private static async Task AroundAsync(NewsDbContext db, StoryLists lists, int id)
    {
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id);
        var (related, byAuthor) = await lists.AroundAsync(db, article, 4, CancellationToken.None);
        Assert.Equal(await db.RelatedIdsAsync(article, 4, CancellationToken.None), related);
        Assert.Equal(await db.MoreByAuthorIdsAsync(article, 4, CancellationToken.None), byAuthor);
    }
}

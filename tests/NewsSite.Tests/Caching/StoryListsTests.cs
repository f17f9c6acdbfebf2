using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages;

namespace NewsSite.Tests.Caching;

// The related and by-author lists remembered per story stay within a fixed number of stories, however many a
// crawler reads, and a story past that number still gets its lists.
public sealed class StoryListsTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task RemembersNoMoreStoriesThanItsCapacity()
    {
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await factory.AddArticleAsync($"خبر عن الجيران رقم {i + 1}", "نص الخبر")).Id);
        }

        using var lists = new StoryLists(Options.Create(new PageCacheOptions()), capacity: 2);
        await factory.WithDbAsync(async db =>
        {
            foreach (var id in ids)
            {
                var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id);
                var (related, byAuthor) = await lists.AroundAsync(db, article, 4, CancellationToken.None);

                Assert.Equal(await db.RelatedIdsAsync(article, 4, CancellationToken.None), related);
                Assert.Equal(await db.MoreByAuthorIdsAsync(article, 4, CancellationToken.None), byAuthor);
                Assert.InRange(lists.Count, 1, 2);
            }
        });
    }
}

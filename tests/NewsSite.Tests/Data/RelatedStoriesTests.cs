using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Data;

public sealed class RelatedStoriesTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task RelatedStoriesShareTagsFirstThenTheSection()
    {
        var (section, other, author) = await SetUpAsync();
        var when = new DateTime(2022, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var story = await AddAsync("القصة الأصلية عن التمور", section, author, when, "تمور", "نخيل");
        var both = await AddAsync("قصة تشارك الوسمين", other, author, when.AddDays(-30), "تمور", "نخيل");
        var one = await AddAsync("قصة تشارك وسماً واحداً", section, author, when.AddDays(-20), "نخيل");
        var sectionOnly = await AddAsync("أحدث قصة في القسم بلا وسوم مشتركة", section, author, when.AddDays(1));
        var elsewhere = await AddAsync("قصة في قسم آخر بلا وسوم", other, author, when.AddDays(2));

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(story));

        var related = document.QuerySelectorAll("section.related:not(.more-from-author) .card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([SiteUrls.Article(both), SiteUrls.Article(one), SiteUrls.Article(sectionOnly)], related.Take(3));
        Assert.DoesNotContain(SiteUrls.Article(elsewhere), related);
        Assert.DoesNotContain(SiteUrls.Article(story), related);
    }

    [Fact]
    public async Task MoreFromTheAuthorListsTheirOtherStoriesWithoutRepeatingRelatedOnes()
    {
        var (section, other, author) = await SetUpAsync();
        var when = new DateTime(2022, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var story = await AddAsync("مقال الكاتب الرئيسي", section, author, when);
        var mine = await AddAsync("مقال آخر للكاتب في قسم آخر", other, author, when.AddDays(-1));

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(story));

        var block = document.QuerySelector("section.more-from-author")!;
        Assert.Contains("المزيد من", block.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SiteUrls.Author(author.Slug), block.QuerySelector("h2 a")?.GetAttribute("href"));
        var links = block.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(SiteUrls.Article(mine), links);
        Assert.DoesNotContain(SiteUrls.Article(story), links);
        var related = document.QuerySelectorAll("section.related:not(.more-from-author) .card__title a").Select(a => a.GetAttribute("href"));
        Assert.Empty(links.Intersect(related));
    }

    private async Task<(Section Section, Section Other, Author Author)> SetUpAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        return await factory.WithDbAsync(async db =>
        {
            var section = new Section { Name = "قسم التجربة", Slug = $"related-{key}", DisplayOrder = 90 };
            var other = new Section { Name = "قسم آخر للتجربة", Slug = $"related-other-{key}", DisplayOrder = 91 };
            var author = new Author { Name = "كاتب التجربة", Slug = $"author-{key}" };
            db.AddRange(section, other, author);
            await db.SaveChangesAsync();
            return (section, other, author);
        });
    }

    private Task<Article> AddAsync(string title, Section section, Author author, DateTime publishedUtc, params string[] tags) =>
        factory.WithDbAsync(async db =>
        {
            var existing = await db.Tags.Where(t => tags.Contains(t.Name)).ToListAsync();
            var article = await factory.AddArticleAsync(title, "نص", a =>
            {
                a.SectionId = section.Id;
                a.AuthorId = author.Id;
                a.PublishedAtUtc = publishedUtc;
            });
            var tracked = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == article.Id);
            foreach (var name in tags)
            {
                tracked.Tags.Add(existing.FirstOrDefault(t => t.Name == name)
                    ?? new Tag { Name = name, Slug = $"{name}-{Guid.NewGuid():N}"[..20] });
            }

            await db.SaveChangesAsync();
            return tracked;
        });
}

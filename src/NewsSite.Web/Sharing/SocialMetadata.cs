using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using NewsSite.Web.Dates;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Sharing;

// What link-preview fetchers and search engines read in an article's <head>: Open Graph (property=), X cards
// (name=) and NewsArticle JSON-LD. Razor encodes the meta values; the JSON-LD is safe to put inside <script>.
public sealed record ArticleMetadata(
    IReadOnlyList<KeyValuePair<string, string>> OpenGraph,
    IReadOnlyList<KeyValuePair<string, string>> Twitter,
    string JsonLd);

public sealed class SocialMetadata(IOptions<SiteOptions> options, SiteUrls urls, NewsDateFormatter dates, MarkdownRenderer markdown)
{
    // The JavaScript encoder always escapes <, >, &, quotes and U+2028/9, so "</script>" in a headline becomes
    // "\u003C/script\u003E"; Arabic stays readable.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.GeneralPunctuation,
            UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement, UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB),
    };

    private readonly SiteOptions _site = options.Value;

    // An update's text without markup on one line, and its first words as a headline (one per BlogPosting).
    private string PlainText(string markdownText) =>
        string.Join(' ', markdown.ToPlainText(markdownText).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string Headline(string markdownText) => PlainText(markdownText) is { Length: > 110 } text ? text[..110] + "…" : PlainText(markdownText);

    // Needs the article's Section, Author and Tags loaded.
    public ArticleMetadata For(Article article)
    {
        var canonical = urls.Absolute(SiteUrls.Article(article));
        var published = dates.Iso(article.PublishedAtUtc ?? article.CreatedAtUtc);
        // Only an update or a correction moves dateModified; a typo fixed is not news.
        var modified = dates.Iso(article.ModifiedAtUtc ?? article.PublishedAtUtc ?? article.CreatedAtUtc);
        var authors = article.Bylines.Count > 0 ? [.. article.Bylines.OrderBy(b => b.Position).Select(b => b.Author)] : new List<Author> { article.Author };
        var authorUrl = urls.Absolute(SiteUrls.Author(authors[0].Slug));
        var tags = article.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var hasImage = SiteUrls.Image(article.Content.ImagePath) is not null;
        var imageUrl = urls.Absolute(SiteUrls.SocialCard(article.Id));
        var imageAlt = string.IsNullOrWhiteSpace(article.Content.ImageAlt) ? article.Content.Title : article.Content.ImageAlt;

        var og = new List<KeyValuePair<string, string>>
        {
            new("og:type", "article"),
            new("og:site_name", _site.SiteName),
            new("og:locale", "ar_AR"),   // Facebook's Arabic locale (not ar_AE)
            new("og:title", article.Content.Title),
            new("og:url", canonical),
        };
        if (!string.IsNullOrWhiteSpace(article.Content.Standfirst))
        {
            og.Add(new("og:description", article.Content.Standfirst));
        }

        if (hasImage)
        {
            // Structured properties follow their og:image root.
            og.Add(new("og:image", imageUrl));
            og.Add(new("og:image:type", "image/jpeg"));
            og.Add(new("og:image:width", SocialCards.OpenGraph.Width.ToString(CultureInfo.InvariantCulture)));
            og.Add(new("og:image:height", SocialCards.OpenGraph.Height.ToString(CultureInfo.InvariantCulture)));
            og.Add(new("og:image:alt", imageAlt));
        }

        og.Add(new("article:published_time", published));
        og.Add(new("article:modified_time", modified));
        og.Add(new("article:author", authorUrl));
        og.Add(new("article:section", article.Section.Name));
        og.AddRange(tags.Select(t => new KeyValuePair<string, string>("article:tag", t)));

        var twitter = new List<KeyValuePair<string, string>>
        {
            new("twitter:card", hasImage ? "summary_large_image" : "summary"),
            new("twitter:title", article.Content.Title),
        };
        if (!string.IsNullOrWhiteSpace(article.Content.Standfirst))
        {
            twitter.Add(new("twitter:description", article.Content.Standfirst));
        }

        if (hasImage)
        {
            twitter.Add(new("twitter:image", imageUrl));
            twitter.Add(new("twitter:image:alt", imageAlt));
        }

        var live = article.IsLive || article.LiveUpdates.Count > 0;
        var jsonLd = new NewsArticleJsonLd(
            Headline: article.Content.Title,
            Description: string.IsNullOrWhiteSpace(article.Content.Standfirst) ? null : article.Content.Standfirst,
            Image: hasImage ? [.. SocialCards.StructuredData.Select(c => urls.Absolute(SiteUrls.SocialCard(article.Id, c.Name)))] : null,
            DatePublished: published,
            DateModified: modified,
            Author: [.. authors.Select(a => new PersonJsonLd(a.Name, urls.Absolute(SiteUrls.Author(a.Slug))))],
            Publisher: new OrganizationJsonLd(_site.SiteName, urls.Absolute(SiteUrls.Home), new ImageObjectJsonLd(urls.Absolute(SiteUrls.Logo))),
            MainEntityOfPage: new WebPageJsonLd(canonical),
            Url: canonical,
            ArticleSection: article.Section.Name,
            Keywords: tags,
            InLanguage: "ar")
        {
            Type = live ? "LiveBlogPosting" : "NewsArticle",
            CoverageStartTime = live ? published : null,
            CoverageEndTime = live && !article.IsLive ? modified : null,
            LiveBlogUpdate = live
                ? [.. article.LiveUpdates.OrderByDescending(u => u.Id).Take(50).Select(u => new BlogPostingJsonLd(
                    Headline(u.BodyMarkdown), dates.Iso(u.PostedAtUtc), PlainText(u.BodyMarkdown), $"{canonical}#update-{u.Id.ToString(CultureInfo.InvariantCulture)}"))]
                : null,
        };

        return new ArticleMetadata(og, twitter, JsonSerializer.Serialize(jsonLd, JsonOptions));
    }

}

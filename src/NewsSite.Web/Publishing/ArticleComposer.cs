using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Publishing;

// Turns a draft into an article: the checks the form cannot make on its own, tidy content, the rendered body, a unique
// slug and the tags. Used by every workflow action that writes content, and by the live preview, so that what an
// editor previews is exactly what would be saved.
public sealed class ArticleComposer(NewsDbContext db, SlugsAndTags filing, MarkdownRenderer markdown, EmbedPreviews embeds, IOptions<SiteOptions> site)
{
    // Everything a save checks. A restore (strict: false) checks only what the database itself would refuse: the
    // section and author must exist; an old revision's missing alt text is the editor's to fix on the next save.
    public async Task<Dictionary<string, string>> ValidateAsync(ArticleDraft draft, CancellationToken cancellationToken, bool strict = true)
    {
        var errors = new Dictionary<string, string>();
        var content = draft.Content;
        if (!await db.Sections.AnyAsync(s => s.Id == draft.SectionId, cancellationToken))
        {
            errors[nameof(ArticleDraft.SectionId)] = draft.SectionId == 0 ? "اختر القسم." : "القسم المختار غير موجود.";
        }

        var authors = draft.AuthorIds.Where(id => id > 0).Distinct().ToList();
        if (authors.Count == 0)
        {
            errors["AuthorId"] = "اختر الكاتب.";
        }
        else if (await db.Authors.CountAsync(a => authors.Contains(a.Id), cancellationToken) != authors.Count)
        {
            errors["AuthorId"] = "الكاتب المختار غير موجود.";
        }

        if (!strict)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(content.Title))
        {
            errors[nameof(ArticleContent.Title)] = "العنوان مطلوب.";
        }

        if (string.IsNullOrWhiteSpace(content.BodyMarkdown))
        {
            errors[nameof(ArticleContent.BodyMarkdown)] = "نص الخبر مطلوب.";
        }
        else if (content.BodyMarkdown.Length > site.Value.MaxBodyLength)
        {
            errors[nameof(ArticleContent.BodyMarkdown)] =
                $"نص الخبر أطول من الحد المسموح ({site.Value.MaxBodyLength.ToString("N0", CultureInfo.InvariantCulture)} حرف). اختصره أو قسّمه إلى خبرين.";
        }
        else if (markdown.ExternalImages(content.BodyMarkdown) is [var external, ..])
        {
            errors[nameof(ArticleContent.BodyMarkdown)] =
                $"في النص صورة من موقع آخر ({external}). الصور الخارجية تكشف قراءنا لذلك الموقع: ارفع الصورة إلى مكتبة الصور واستخدم رابطها.";
        }

        if (!string.IsNullOrWhiteSpace(content.ImagePath))
        {
            if (await PictureErrorAsync(content.ImagePath.Trim(), cancellationToken) is { } pictureError)
            {
                errors[nameof(ArticleContent.ImagePath)] = pictureError;
            }

            if (string.IsNullOrWhiteSpace(content.ImageAlt))
            {
                errors[nameof(ArticleContent.ImageAlt)] = "اكتب نصاً بديلاً يصف الصورة لمن لا يراها.";
            }
        }

        return errors;
    }

    // A lead picture is one this site serves: from the library (and stored there) or from its own /img folder. A
    // picture on another site would let that site see every reader, so it is refused rather than linked.
    private async Task<string?> PictureErrorAsync(string path, CancellationToken cancellationToken)
    {
        if (SiteUrls.Image(path) is null)
        {
            return "الصورة الرئيسية يجب أن تكون من مكتبة الصور (أو ارفعها الآن)، لا رابطاً إلى موقع آخر.";
        }

        return MediaFiles.HashOf(path) is { } hash && !await db.MediaItems.AnyAsync(m => m.Hash == hash, cancellationToken)
            ? "الصورة المختارة غير موجودة في مكتبة الصور."
            : null;
    }

    public async Task ApplyAsync(Article article, ArticleDraft draft, CancellationToken cancellationToken)
    {
        article.Content = await TidyAsync(draft.Content, cancellationToken);
        await RenderAsync(article, cancellationToken, fetchEmbeds: true);
        article.SectionId = draft.SectionId;
        article.IsLive = draft.IsLive;
        SetBylines(article, draft.AuthorIds);
        var wanted = SlugGenerator.FromTitle(string.IsNullOrWhiteSpace(draft.Slug) ? article.Content.Title : draft.Slug);
        article.Slug = await filing.UniqueSlugAsync(string.IsNullOrEmpty(wanted) ? "خبر" : wanted, article.Id, cancellationToken);
        article.Tags = await filing.ResolveTagsAsync(draft.Tags.Select(Line), cancellationToken);
    }

    // The draft as readers would see it, saved nowhere: section and author looked up, tags as typed.
    public async Task<Article> PreviewAsync(ArticleDraft draft, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var article = new Article
        {
            Slug = "preview",
            Content = await TidyAsync(draft.Content, cancellationToken),
            Section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == draft.SectionId, cancellationToken)
                ?? new Section { Name = "بلا قسم", Slug = "none" },
            Bylines = [.. (await db.Authors.AsNoTracking().Where(a => draft.AuthorIds.Contains(a.Id)).ToListAsync(cancellationToken))
                .OrderBy(a => Position(draft.AuthorIds, a.Id)).Select((a, i) => new ArticleByline { AuthorId = a.Id, Author = a, Position = i })],
            Tags = [.. draft.Tags.Select(t => new Tag { Name = t, Slug = SlugGenerator.FromTitle(t) })],
            IsLive = draft.IsLive,
            UpdatedAtUtc = nowUtc,
            PublishedAtUtc = nowUtc,
        };
        article.Author = article.Bylines.FirstOrDefault()?.Author ?? new Author { Name = "—", Slug = "none" };
        await RenderAsync(article, cancellationToken);
        return article;
    }

    // The bylines in the order given (duplicates and blanks dropped); the first is also AuthorId. Rows that stay are
    // moved, not deleted and added again.
    public static void SetBylines(Article article, IReadOnlyList<int> authorIds)
    {
        var wanted = authorIds.Where(id => id > 0).Distinct().ToList();
        article.AuthorId = wanted[0];
        article.Bylines.RemoveAll(b => !wanted.Contains(b.AuthorId));
        for (var i = 0; i < wanted.Count; i++)
        {
            var byline = article.Bylines.FirstOrDefault(b => b.AuthorId == wanted[i]);
            if (byline is null)
            {
                article.Bylines.Add(new ArticleByline { AuthorId = wanted[i], Position = i });
            }
            else
            {
                byline.Position = i;
            }
        }
    }

    private static int Position(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // Stories made elsewhere: tidied and rendered like a save; slugs made unique (against the database and each other);
    // tags that already exist, by slug, are used instead of new ones.
    public async Task PrepareImportAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            article.Content = await TidyAsync(article.Content, cancellationToken);
            await RenderAsync(article, cancellationToken);
            if (article.Bylines.Count == 0)
            {
                // One author given the old way (AuthorId or Author): that is the byline.
                article.Bylines.Add(article.Author is { } author
                    ? new ArticleByline { Author = author, Position = 0 }
                    : new ArticleByline { AuthorId = article.AuthorId, Position = 0 });
            }
        }

        await filing.FileImportsAsync(articles, cancellationToken);
    }

    public IReadOnlyList<string> ExternalImages(string markdownText) => markdown.ExternalImages(markdownText);

    public string RenderHtml(string markdownText) => markdown.ToHtml(markdownText);

    // The body is rendered once, when it is saved; readers never pay for Markdown. Library pictures in it get their
    // renditions and true sizes (BodyPictures).
    // fetchEmbeds: ask providers for the titles and thumbnails of new embeds (a save), not only use those kept (a preview).
    public async Task RenderAsync(Article article, CancellationToken cancellationToken, bool fetchEmbeds = false)
    {
        var html = await embeds.ApplyAsync(markdown.ToHtml(article.Content.BodyMarkdown), fetchEmbeds, cancellationToken);
        var hashes = BodyPictures.Hashes(html);
        var sizes = hashes.Count == 0
            ? new Dictionary<string, (int, int)>()
            : await db.MediaItems.AsNoTracking().Where(m => hashes.Contains(m.Hash))
                .ToDictionaryAsync(m => m.Hash, m => (m.Width, m.Height), cancellationToken);
        article.BodyHtml = BodyPictures.Upgrade(html, sizes);
        article.WordCount = MarkdownRenderer.CountWords(article.Content.BodyMarkdown);
    }

    // Trimmed, blanks as null, and a library picture's true size (the form's hidden fields are only a hint).
    private async Task<ArticleContent> TidyAsync(ArticleContent content, CancellationToken cancellationToken)
    {
        var tidy = content with
        {
            Title = Line(content.Title),
            Standfirst = Line(content.Standfirst),
            BodyMarkdown = ControlCharacters.Lines(content.BodyMarkdown),
            ImagePath = Blank(content.ImagePath),
            ImageAlt = Line(content.ImageAlt),
            ImageCaption = Line(content.ImageCaption),
            ImageCredit = Line(content.ImageCredit),
            SeoTitle = Blank(content.SeoTitle),
            SeoDescription = Blank(content.SeoDescription),
        };
        if (MediaFiles.HashOf(tidy.ImagePath) is { } hash
            && await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Hash == hash, cancellationToken) is { } item)
        {
            tidy = tidy with { ImageWidth = item.Width, ImageHeight = item.Height };
        }

        return tidy;
    }

    private static string Line(string value) => ControlCharacters.OneLine(value).Trim();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : Line(value) is { Length: > 0 } line ? line : null;
}

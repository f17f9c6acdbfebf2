using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Turns a draft into an article: the checks the form cannot make on its own, tidy content, the rendered body, a unique
// slug and the tags. Used by every workflow action that writes content, and by the live preview, so that what an
// editor previews is exactly what would be saved.
public sealed class ArticleComposer(NewsDbContext db, MarkdownRenderer markdown, IOptions<SiteOptions> site)
{
    public async Task<Dictionary<string, string>> ValidateAsync(ArticleDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var content = draft.Content;
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

        if (!await db.Sections.AnyAsync(s => s.Id == draft.SectionId, cancellationToken))
        {
            errors[nameof(ArticleDraft.SectionId)] = draft.SectionId == 0 ? "اختر القسم." : "القسم المختار غير موجود.";
        }

        if (!await db.Authors.AnyAsync(a => a.Id == draft.AuthorId, cancellationToken))
        {
            errors[nameof(ArticleDraft.AuthorId)] = draft.AuthorId == 0 ? "اختر الكاتب." : "الكاتب المختار غير موجود.";
        }

        if (!string.IsNullOrWhiteSpace(content.ImagePath) && string.IsNullOrWhiteSpace(content.ImageAlt))
        {
            errors[nameof(ArticleContent.ImageAlt)] = "اكتب نصاً بديلاً يصف الصورة لمن لا يراها.";
        }

        return errors;
    }

    public async Task ApplyAsync(Article article, ArticleDraft draft, CancellationToken cancellationToken)
    {
        article.Content = await TidyAsync(draft.Content, cancellationToken);
        Render(article);
        article.SectionId = draft.SectionId;
        article.AuthorId = draft.AuthorId;
        var wanted = SlugGenerator.FromTitle(string.IsNullOrWhiteSpace(draft.Slug) ? article.Content.Title : draft.Slug);
        article.Slug = await UniqueSlugAsync(string.IsNullOrEmpty(wanted) ? "خبر" : wanted, article.Id, cancellationToken);
        article.Tags = await ResolveTagsAsync(draft.Tags, cancellationToken);
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
            Author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == draft.AuthorId, cancellationToken)
                ?? new Author { Name = "—", Slug = "none" },
            Tags = [.. draft.Tags.Select(t => new Tag { Name = t, Slug = SlugGenerator.FromTitle(t) })],
            UpdatedAtUtc = nowUtc,
            PublishedAtUtc = nowUtc,
        };
        Render(article);
        return article;
    }

    // The body is rendered once, when it is saved; readers never pay for Markdown.
    public void Render(Article article)
    {
        article.BodyHtml = markdown.ToHtml(article.Content.BodyMarkdown);
        article.WordCount = MarkdownRenderer.CountWords(article.Content.BodyMarkdown);
    }

    // Trimmed, blanks as null, and a library picture's true size (the form's hidden fields are only a hint).
    private async Task<ArticleContent> TidyAsync(ArticleContent content, CancellationToken cancellationToken)
    {
        var tidy = content with
        {
            Title = content.Title.Trim(),
            Standfirst = content.Standfirst.Trim(),
            ImagePath = Blank(content.ImagePath),
            ImageAlt = content.ImageAlt.Trim(),
            ImageCaption = content.ImageCaption.Trim(),
            ImageCredit = content.ImageCredit.Trim(),
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<string> UniqueSlugAsync(string slug, int articleId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Articles.IgnoreQueryFilters().AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private async Task<List<Tag>> ResolveTagsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var slugs = names.Select(n => (Name: n.Trim(), Slug: SlugGenerator.FromTitle(n))).Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug).ToList();
        var wanted = slugs.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => wanted.Contains(t.Slug)).ToListAsync(cancellationToken);
        return [.. slugs.Select(t => existing.FirstOrDefault(e => e.Slug == t.Slug) ?? new Tag { Name = t.Name, Slug = t.Slug })];
    }
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Import;

// `--import-wxr FILE [--images DIR]`: a WordPress export brought into the configured database through the workflow's
// import (rendered, indexed, short codes, a revision each), then exits. Categories become sections (the first one) and
// tags (the rest), WordPress tags become tags, authors become bylines, dates and statuses are kept (published,
// scheduled, draft, pending review, private as unpublished; trash is left behind). Pictures — the featured image and
// those in the body — come from DIR (a copy of wp-content/uploads, or a flat folder of the files) into the media
// library. Each post's old address is kept for redirects (LegacyLinks). Posts imported before are skipped, so the
// command can be run again after a partial run or on a newer export.
internal static partial class WordPressImport
{
    public const string Switch = "--import-wxr";
    private const string ImagesSwitch = "--images";
    private const int Batch = 100;

    public static bool IsCommand(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var file = Argument(args, Switch);
        var images = Argument(args, ImagesSwitch);
        if (file is null || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"ملف التصدير غير موجود: {file ?? "(لم يُذكر)"}. الاستعمال: {Switch} FILE [{ImagesSwitch} DIR]");
            return 2;
        }

        if (images is not null && !Directory.Exists(images))
        {
            await Console.Error.WriteLineAsync($"مجلد الصور غير موجود: {images}");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var importer = new Importer(scope.ServiceProvider, images);
        try
        {
            var report = await importer.RunAsync(file, app.Lifetime.ApplicationStopping);
            Console.WriteLine(report);
            return 0;
        }
        catch (System.Xml.XmlException ex)
        {
            await Console.Error.WriteLineAsync($"تعذّرت قراءة ملف التصدير (XML غير صالح، السطر {ex.LineNumber}): {ex.Message}");
            return 3;
        }
    }

    private static string? Argument(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    // WordPress's path for a post, as LegacyLinks looks it up: decoded, lower case, no trailing slash.
    public static string OldPath(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) ? NormalPath(uri.AbsolutePath) : "";

    public static string NormalPath(string path)
    {
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
        }

        path = path.TrimEnd('/').ToLowerInvariant();
        return path.Length == 0 ? "/" : path;
    }

    public static string SlugOf(string wordPressSlug, string name) =>
        SlugGenerator.FromTitle(WxrDocument.Slug(wordPressSlug)) is { Length: > 0 } slug ? slug : SlugGenerator.FromTitle(name);

    private sealed record Report(int Imported, int AlreadyThere, int LeftOut, int Pictures, IReadOnlyList<string> MissingPictures)
    {
        public override string ToString() =>
            $"WordPress import: {Imported} posts imported, {AlreadyThere} already imported, {LeftOut} left out (trash, pages, other types), "
            + $"{Pictures} pictures into the library, {MissingPictures.Count} not found"
            + (MissingPictures.Count == 0 ? "" : ":\n  " + string.Join("\n  ", MissingPictures.Take(50)));
    }

    private sealed partial class Importer(IServiceProvider services, string? imagesFolder)
    {
        private readonly NewsDbContext _db = services.GetRequiredService<NewsDbContext>();
        private readonly ArticleWorkflow _workflow = services.GetRequiredService<ArticleWorkflow>();
        private readonly ChangeNotifier _notifier = services.GetRequiredService<ChangeNotifier>();
        private readonly MediaStore _media = services.GetRequiredService<MediaStore>();
        private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _authors = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, MediaItem?> _pictures = new(StringComparer.Ordinal);
        private readonly List<string> _missing = [];
        private Dictionary<string, WxrAuthor> _wordPressAuthors = [];
        private Dictionary<long, WxrItem> _attachments = [];

        public async Task<Report> RunAsync(string file, CancellationToken cancellationToken)
        {
            _wordPressAuthors = WxrDocument.Authors(file);
            _attachments = [];
            foreach (var attachment in WxrDocument.Items(file).Where(i => i.PostType == "attachment" && i.PostId > 0))
            {
                _attachments.TryAdd(attachment.PostId, attachment);
            }

            var known = await _db.ImportedPosts.Select(p => p.Identifier).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
            var (imported, already, leftOut) = (0, 0, 0);
            var batch = new List<Article>();
            var records = new List<ImportedPost>();
            foreach (var item in WxrDocument.Items(file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.PostType == "attachment")
                {
                    continue;
                }

                if (item.PostType != "post" || Status(item.Status) is not { } status)
                {
                    leftOut++;
                    continue;
                }

                var guid = item.Identifier.Length > 0 ? item.Identifier : $"{item.Link}#{item.PostId}";
                if (!known.Add(guid))
                {
                    already++;
                    continue;
                }

                var article = await ArticleAsync(item, status, cancellationToken);
                records.Add(new ImportedPost
                {
                    Identifier = guid,
                    WordPressId = item.PostId,
                    OldPath = OldPath(item.Link),
                    Article = article,
                    ImportedAtUtc = DateTime.UtcNow,
                });
                batch.Add(article);
                if (batch.Count == Batch)
                {
                    imported += await SaveAsync(batch, records, cancellationToken);
                }
            }

            imported += await SaveAsync(batch, records, cancellationToken);
            return new Report(imported, already, leftOut, _pictures.Values.Count(p => p is not null), _missing);
        }

        // The records are stored with their stories in the workflow's one transaction, so a story is never stored without
        // the record that stops a second run from importing it again.
        private async Task<int> SaveAsync(List<Article> batch, List<ImportedPost> records, CancellationToken cancellationToken)
        {
            var count = batch.Count;
            await _workflow.ImportAsync([.. batch], null, "WordPress import", cancellationToken, [.. records]);
            batch.Clear();
            records.Clear();
            _db.ChangeTracker.Clear();
            return count;
        }

        private static ArticleStatus? Status(string status) => status switch
        {
            "publish" => ArticleStatus.Published,
            "future" => ArticleStatus.Scheduled,
            "draft" => ArticleStatus.Draft,
            "pending" => ArticleStatus.InReview,
            "private" => ArticleStatus.Unpublished,
            _ => null,   // trash, auto-draft, inherit
        };

        private async Task<Article> ArticleAsync(WxrItem item, ArticleStatus status, CancellationToken cancellationToken)
        {
            var categories = item.Terms.Where(t => t.Domain == "category").ToList();
            var tags = item.Terms.Where(t => t.Domain == "post_tag").Concat(categories.Skip(1))
                .Select(t => new Tag { Name = Cut(WebUtility.HtmlDecode(t.Name), 100), Slug = Cut(SlugOf(t.Slug, t.Name), 100) })
                .Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
            var body = WordPressHtml.Parse(item.ContentHtml);
            var pictures = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var src in WordPressHtml.Pictures(body))
            {
                pictures[src] = await PictureAsync(src, cancellationToken) is { } picture ? MediaFiles.MasterUrl(picture.Hash) : null;
            }

            var created = item.DateUtc ?? DateTime.UtcNow;
            var modified = item.ModifiedUtc is { } m && m > created ? m : created;
            var content = new ArticleContent
            {
                Title = Cut(WebUtility.HtmlDecode(item.Title) is { Length: > 0 } title ? title : "بلا عنوان", 200),
                Standfirst = Cut(Plain(item.ExcerptHtml), 500),
                BodyMarkdown = WordPressHtml.ToMarkdown(body, pictures),
            };
            if (Featured(item) is { } featured && await PictureAsync(featured.AttachmentUrl, cancellationToken) is { } image)
            {
                content = content with
                {
                    ImagePath = MediaFiles.MasterUrl(image.Hash),
                    ImageWidth = image.Width,
                    ImageHeight = image.Height,
                    ImageAlt = Cut(featured.Meta.GetValueOrDefault("_wp_attachment_image_alt") is { Length: > 0 } alt ? alt : WebUtility.HtmlDecode(featured.Title), 300),
                    ImageCaption = Cut(Plain(featured.ExcerptHtml), 500),
                };
            }

            return new Article
            {
                Content = content,
                Slug = Cut(SlugOf(item.PostName, content.Title), 200),
                SectionId = await SectionAsync(categories.FirstOrDefault(), cancellationToken),
                AuthorId = await AuthorAsync(item.Creator, cancellationToken),
                Tags = tags,
                Status = status,
                CreatedAtUtc = created,
                UpdatedAtUtc = modified,
                PublishedAtUtc = status is ArticleStatus.Published or ArticleStatus.Unpublished ? created : null,
                ScheduledAtUtc = status == ArticleStatus.Scheduled ? created : null,
                ModifiedAtUtc = status == ArticleStatus.Published && modified > created.AddMinutes(1) ? modified : null,
            };
        }

        private WxrItem? Featured(WxrItem item) =>
            long.TryParse(item.Meta.GetValueOrDefault("_thumbnail_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? _attachments.GetValueOrDefault(id) : null;

        // A section per WordPress category (by slug); posts without one go to the first section there is.
        private async Task<int> SectionAsync(WxrTerm? category, CancellationToken cancellationToken)
        {
            var name = category is null ? "أرشيف" : Cut(WebUtility.HtmlDecode(category.Name), 100);
            var slug = category is null ? "archive" : Cut(SlugOf(category.Slug, category.Name), 100);
            if (_sections.TryGetValue(slug, out var known))
            {
                return known;
            }

            var section = await _db.Sections.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
            if (section is null && category is null && await _db.Sections.OrderBy(s => s.DisplayOrder).FirstOrDefaultAsync(cancellationToken) is { } first)
            {
                section = first;
            }

            if (section is null)
            {
                var order = await _db.Sections.MaxAsync(s => (int?)s.DisplayOrder, cancellationToken) ?? 0;
                section = new Section { Name = name, Slug = slug, DisplayOrder = order + 1 };
                _db.Sections.Add(section);
                await _db.SaveChangesAsync(cancellationToken);
                await _notifier.NotifyAsync("import-section", sections: [section.Id], everywhere: true);   // the navigation, on every node
            }

            return _sections[slug] = section.Id;
        }

        // A byline per WordPress author: found by name, or made (its slug from the login).
        private async Task<int> AuthorAsync(string login, CancellationToken cancellationToken)
        {
            if (_authors.TryGetValue(login, out var known))
            {
                return known;
            }

            var name = Cut(_wordPressAuthors.GetValueOrDefault(login)?.DisplayName is { Length: > 0 } display ? WebUtility.HtmlDecode(display) : login.Length > 0 ? login : "أرشيف الموقع", 150);
            var author = await _db.Authors.FirstOrDefaultAsync(a => a.Name == name, cancellationToken);
            if (author is null)
            {
                var wanted = SlugGenerator.FromTitle(login) is { Length: > 0 } s ? s : SlugGenerator.FromTitle(name);
                var slug = wanted;
                for (var n = 2; await _db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken); n++)
                {
                    slug = $"{wanted}-{n}";
                }

                author = new Author { Name = name, Slug = Cut(slug, 150) };
                _db.Authors.Add(author);
                await _db.SaveChangesAsync(cancellationToken);
            }

            return _authors[login] = author.Id;
        }

        // A picture by its WordPress address, from the images folder: by its path under uploads/ (2024/05/x.jpg), then
        // by file name; a resized copy (x-300x200.jpg) falls back to the original. Brought into the library once.
        private async Task<MediaItem?> PictureAsync(string url, CancellationToken cancellationToken)
        {
            if (_pictures.TryGetValue(url, out var known))
            {
                return known;
            }

            MediaItem? item = null;
            if (imagesFolder is not null && Candidates(url).Select(InsideImages).FirstOrDefault(p => p is not null) is { } path)
            {
                await using var stream = File.OpenRead(path);
                var saved = await _media.SaveAsync(stream, Path.GetFileName(path), stream.Length, null, cancellationToken);
                item = saved.Item;
                if (saved.Error is { } error)
                {
                    _missing.Add($"{url} ({error})");
                }
            }
            else
            {
                _missing.Add(url);
            }

            return _pictures[url] = item;
        }

        // A regular file under the images folder, or nothing: an export names files, and must not reach outside the folder
        // (a rooted or ../ path, a device) whatever it says.
        private string? InsideImages(string relative)
        {
            var root = Path.GetFullPath(imagesFolder!) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(Path.Combine(root, relative.TrimStart('/', '\\')));
            return full.StartsWith(root, StringComparison.Ordinal) && new FileInfo(full) is { Exists: true } file
                && (file.Attributes & (FileAttributes.Directory | FileAttributes.Device | FileAttributes.ReparsePoint)) == 0 ? full : null;
        }

        private static IEnumerable<string> Candidates(string url)
        {
            var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?')[0];
            path = WxrDocument.Slug(path);
            var underUploads = path.IndexOf("/uploads/", StringComparison.Ordinal) is var at and >= 0 ? path[(at + "/uploads/".Length)..] : path.TrimStart('/');
            var name = Path.GetFileName(underUploads);
            var original = ResizedSuffix().Replace(name, "");
            yield return underUploads;
            yield return name;
            if (original != name)
            {
                yield return Path.Combine(Path.GetDirectoryName(underUploads) ?? "", original);
                yield return original;
            }
        }

        private static string Plain(string html) =>
            html.Length == 0 ? "" : Whitespace().Replace(WordPressHtml.Parse(html).Body!.TextContent, " ").Trim();

        private static string Cut(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd();

        [GeneratedRegex(@"-\d+x\d+(?=\.\w+$)")]
        private static partial Regex ResizedSuffix();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Publishing;

// What an author profile says about its author, as the authors page edits it.
public sealed record AuthorProfile(string Name, string Slug, string JobTitle, string Bio, string? PhotoPath,
    string? XHandle, string? InstagramHandle, string? FacebookUrl, string? UserId);

// Bylines' public profiles. Every staff member has one (made with the account), editors add contributors without an
// account, and a profile can be linked to an account later. A new slug leaves the old address redirecting.
public sealed partial class AuthorProfiles(NewsDbContext db, AuditTrail audit, ChangeNotifier notifier)
{
    // The profile of a staff member, made from their display name when they have none.
    public async Task<Author> EnsureForAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (await db.Authors.FirstOrDefaultAsync(a => a.UserId == user.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.Id : user.DisplayName.Trim();
        var author = new Author { Name = name, Slug = await FreeSlugAsync(SlugFor(name), 0, cancellationToken), UserId = user.Id };
        db.Authors.Add(author);
        await db.SaveChangesAsync(cancellationToken);
        return author;
    }

    // Creates (id null) or updates a profile; returns the errors by field, none when saved.
    public async Task<(Author? Author, Dictionary<string, string> Errors)> SaveAsync(int? id, AuthorProfile profile, StaffMember by,
        CancellationToken cancellationToken)
    {
        var author = id is { } existing ? await db.Authors.FirstOrDefaultAsync(a => a.Id == existing, cancellationToken) : new Author { Name = "", Slug = "" };
        if (author is null)
        {
            return (null, new() { [""] = "الكاتب غير موجود." });
        }

        var errors = await ValidateAsync(author, profile, cancellationToken);
        if (errors.Count > 0)
        {
            return (author, errors);
        }

        var slug = await FreeSlugAsync(SlugFor(string.IsNullOrWhiteSpace(profile.Slug) ? profile.Name : profile.Slug), author.Id, cancellationToken);
        if (author.Id != 0 && author.Slug != slug)
        {
            db.RetiredSlugs.Add(new RetiredSlug { Kind = RetiredSlug.Author, Slug = author.Slug, TargetId = author.Id });
            await db.RetiredSlugs.Where(r => r.Kind == RetiredSlug.Author && r.Slug == slug).ExecuteDeleteAsync(cancellationToken);
        }

        (author.Name, author.Slug, author.JobTitle, author.Bio) = (profile.Name.Trim(), slug, profile.JobTitle.Trim(), profile.Bio.Trim());
        author.PhotoPath = string.IsNullOrWhiteSpace(profile.PhotoPath) ? null : profile.PhotoPath.Trim();
        author.XHandle = Handle(profile.XHandle);
        author.InstagramHandle = Handle(profile.InstagramHandle);
        author.FacebookUrl = string.IsNullOrWhiteSpace(profile.FacebookUrl) ? null : profile.FacebookUrl.Trim();
        author.UserId = string.IsNullOrWhiteSpace(profile.UserId) ? null : profile.UserId;
        if (author.Id == 0)
        {
            db.Authors.Add(author);
        }

        var entry = audit.Add(by, id is null ? "create-author" : "edit-author", null, $"{author.Name} ({author.Slug})");
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        await notifier.NotifyAsync("author", authors: [author.Id]);
        return (author, []);
    }

    private async Task<Dictionary<string, string>> ValidateAsync(Author author, AuthorProfile profile, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors[nameof(AuthorProfile.Name)] = "اكتب اسم الكاتب كما يظهر في سطر الكاتب.";
        }

        if (!string.IsNullOrWhiteSpace(profile.PhotoPath)
            && (SiteUrls.Image(profile.PhotoPath.Trim()) is null
                || (MediaFiles.HashOf(profile.PhotoPath.Trim()) is { } hash && !await db.MediaItems.AnyAsync(m => m.Hash == hash, cancellationToken))))
        {
            errors[nameof(AuthorProfile.PhotoPath)] = "الصورة يجب أن تكون من مكتبة الصور.";
        }

        if (Handle(profile.XHandle) is { } x && !XHandlePattern().IsMatch(x))
        {
            errors[nameof(AuthorProfile.XHandle)] = "حساب إكس حروف لاتينية وأرقام وشرطة سفلية، حتى 15 حرفاً.";
        }

        if (Handle(profile.InstagramHandle) is { } instagram && !InstagramPattern().IsMatch(instagram))
        {
            errors[nameof(AuthorProfile.InstagramHandle)] = "حساب إنستغرام حروف لاتينية وأرقام ونقاط وشرطة سفلية، حتى 30 حرفاً.";
        }

        if (!string.IsNullOrWhiteSpace(profile.FacebookUrl) && !FacebookPattern().IsMatch(profile.FacebookUrl.Trim()))
        {
            errors[nameof(AuthorProfile.FacebookUrl)] = "رابط فيسبوك يبدأ بـ https://www.facebook.com/";
        }

        if (!string.IsNullOrWhiteSpace(profile.UserId)
            && (!await db.Users.AnyAsync(u => u.Id == profile.UserId, cancellationToken)
                || await db.Authors.AnyAsync(a => a.UserId == profile.UserId && a.Id != author.Id, cancellationToken)))
        {
            errors[nameof(AuthorProfile.UserId)] = "هذا الحساب مرتبط بملف كاتب آخر.";
        }

        return errors;
    }

    private static string? Handle(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimStart('@');

    private static string SlugFor(string text) => SlugGenerator.FromTitle(text, 5) is { Length: > 0 } slug ? slug : "author";

    private async Task<string> FreeSlugAsync(string slug, int authorId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Authors.AnyAsync(a => a.Slug == candidate && a.Id != authorId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$")]
    private static partial Regex XHandlePattern();

    [GeneratedRegex("^[A-Za-z0-9._]{1,30}$")]
    private static partial Regex InstagramPattern();

    [GeneratedRegex("^https://(www\\.|m\\.)?facebook\\.com/[^\\s\"'<>]+$")]
    private static partial Regex FacebookPattern();
}

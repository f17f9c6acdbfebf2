using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

public sealed record SectionEdit(string Name, string Slug, string Description, string? GoogleNewsUrl, bool IsHidden);

// Sections and tags as the newsroom manages them: names, addresses (an old address keeps redirecting), the order and
// visibility of the navigation, and deleting or merging with the stories moved through the workflow.
public sealed class Taxonomy(NewsDbContext db, ArticleWorkflow workflow, AuditTrail audit, ChangeNotifier notifier)
{
    public async Task<(Section? Section, string? Error)> SaveSectionAsync(int? id, SectionEdit edit, StaffMember by, CancellationToken cancellationToken)
    {
        var section = id is { } existing ? await db.Sections.FirstOrDefaultAsync(s => s.Id == existing, cancellationToken) : new Section { Name = "", Slug = "" };
        if (section is null)
        {
            return (null, "القسم غير موجود.");
        }

        var slug = edit.Slug.Trim().ToLowerInvariant();
        if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != section.Id, cancellationToken))
        {
            return (section, "يوجد قسم بهذا الرابط.");
        }

        if (section.Id == 0)
        {
            section.DisplayOrder = await db.Sections.MaxAsync(s => (int?)s.DisplayOrder, cancellationToken) + 1 ?? 1;
            db.Sections.Add(section);
        }
        else if (section.Slug != slug)
        {
            await RetireAsync(RetiredSlug.Section, section.Slug, slug, section.Id, cancellationToken);
        }

        (section.Name, section.Slug, section.Description) = (edit.Name.Trim(), slug, edit.Description.Trim());
        (section.GoogleNewsUrl, section.IsHidden) = (string.IsNullOrWhiteSpace(edit.GoogleNewsUrl) ? null : edit.GoogleNewsUrl.Trim(), edit.IsHidden);
        var entry = audit.Add(by, id is null ? "create-section" : "edit-section", null, $"{section.Name} ({slug})");
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        await notifier.NotifyAsync("section", sections: [section.Id], everywhere: true);
        return (section, null);
    }

    // One step up or down in the navigation (and in the home page's blocks).
    public async Task MoveSectionAsync(int id, int step, StaffMember by, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var index = sections.FindIndex(s => s.Id == id);
        var other = index + step;
        if (index < 0 || other < 0 || other >= sections.Count)
        {
            return;
        }

        (sections[index], sections[other]) = (sections[other], sections[index]);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].DisplayOrder = i + 1;
        }

        var entry = audit.Add(by, "order-sections", null, string.Join(", ", sections.Select(s => s.Slug)));
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        await notifier.NotifyAsync("order-sections", sections: sections.Select(s => s.Id), everywhere: true);
    }

    // Its stories move to another section first; its address then leads there.
    public async Task<string?> DeleteSectionAsync(int id, int moveTo, StaffMember by, CancellationToken cancellationToken)
    {
        var section = await db.Sections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var target = await db.Sections.FirstOrDefaultAsync(s => s.Id == moveTo && s.Id != id, cancellationToken);
        if (section is null || target is null)
        {
            return "اختر قسماً آخر تنتقل إليه أخبار هذا القسم.";
        }

        await workflow.MoveSectionStoriesAsync(id, moveTo, by, cancellationToken);
        await RetireAsync(RetiredSlug.Section, section.Slug, null, target.Id, cancellationToken);
        await db.RetiredSlugs.Where(r => r.Kind == RetiredSlug.Section && r.TargetId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TargetId, target.Id), cancellationToken);
        db.Sections.Remove(section);
        var entry = audit.Add(by, "delete-section", null, $"{section.Name} → {target.Name}");
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        await notifier.NotifyAsync("delete-section", sections: [id, target.Id], everywhere: true);
        return null;
    }

    public async Task<string?> RenameTagAsync(int id, string name, StaffMember by, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var slug = SlugGenerator.FromTitle(name);
        if (tag is null || slug.Length == 0)
        {
            return "اكتب اسماً للوسم.";
        }

        if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
        {
            return "يوجد وسم بهذا الاسم: ادمج الوسمين بدلاً من ذلك.";
        }

        if (tag.Slug != slug)
        {
            await RetireAsync(RetiredSlug.Tag, tag.Slug, slug, tag.Id, cancellationToken);
        }

        (tag.Name, tag.Slug) = (name.Trim(), slug);
        var entry = audit.Add(by, "rename-tag", null, $"{tag.Name} ({slug})");
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        await workflow.ReindexTagAsync(tag.Id, cancellationToken);
        return null;
    }

    // into null: the tag is deleted from every story; otherwise its stories take the other tag, and its address leads there.
    public async Task<string?> RemoveTagAsync(int id, int? into, StaffMember by, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null || (into is { } target && (target == id || !await db.Tags.AnyAsync(t => t.Id == target, cancellationToken))))
        {
            return "اختر وسماً آخر موجوداً للدمج فيه.";
        }

        await workflow.RetagAsync(id, into, by, cancellationToken);
        if (into is { } kept)
        {
            await RetireAsync(RetiredSlug.Tag, tag.Slug, null, kept, cancellationToken);
            await db.RetiredSlugs.Where(r => r.Kind == RetiredSlug.Tag && r.TargetId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.TargetId, kept), cancellationToken);
        }

        db.Tags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    // The old slug now leads to target; a slug coming back into use is no longer retired.
    private async Task RetireAsync(string kind, string oldSlug, string? newSlug, int targetId, CancellationToken cancellationToken)
    {
        await db.RetiredSlugs.Where(r => r.Kind == kind && (r.Slug == oldSlug || r.Slug == newSlug)).ExecuteDeleteAsync(cancellationToken);
        db.RetiredSlugs.Add(new RetiredSlug { Kind = kind, Slug = oldSlug, TargetId = targetId });
    }
}

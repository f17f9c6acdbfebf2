using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using FrontDesk = NewsSite.Web.Publishing.Fronts;

namespace NewsSite.Web.Pages.Admin.Fronts;

// Arranging a front: the lead and the slots after it, moved up and down, added from the latest stories, removed,
// each with an optional time to leave the front. Every button saves the whole front at once.
public sealed class IndexModel(NewsDbContext db, FrontDesk fronts, NewsDateFormatter dates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty]
    public List<SlotInput> Slots { get; set; } = [];

    public IReadOnlyList<Models.Section> Sections { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Candidates { get; private set; } = [];
    public Dictionary<int, (string Title, bool Published)> Titles { get; private set; } = [];
    public int MaxSlots => Section is null ? FrontDesk.HomeSlots : FrontDesk.SectionSlots;
    public string FrontName => Section is null ? "الصفحة الرئيسية" : Sections.FirstOrDefault(s => s.Id == Section)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var choices = await fronts.ChoicesAsync(Section, cancellationToken);
        Slots = [.. choices.Select(c => new SlotInput { ArticleId = c.Choice.ArticleId, Expires = Local(c.Choice.ExpiresAtUtc) })];
        return await ShowAsync(cancellationToken);
    }

    // op: "up:2", "down:0", "remove:1", "add" (with addId), or "save".
    public async Task<IActionResult> OnPostAsync(string op, int? addId, CancellationToken cancellationToken)
    {
        var parts = (op ?? "save").Split(':');
        var index = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var i) && i >= 0 && i < Slots.Count ? i : -1;
        switch (parts[0])
        {
            case "up" when index > 0:
                (Slots[index - 1], Slots[index]) = (Slots[index], Slots[index - 1]);
                break;
            case "down" when index >= 0 && index < Slots.Count - 1:
                (Slots[index + 1], Slots[index]) = (Slots[index], Slots[index + 1]);
                break;
            case "remove" when index >= 0:
                Slots.RemoveAt(index);
                break;
            case "add" when addId is { } id:
                Slots.Add(new SlotInput { ArticleId = id });
                break;
        }

        var error = await fronts.SaveAsync(Section,
            [.. Slots.Select(s => new FrontChoice(s.ArticleId, s.Expires is { } local ? dates.FromLocal(local) : null))],
            StaffMember.From(User), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
            return await ShowAsync(cancellationToken);
        }

        TempData["Message"] = $"حُفظت واجهة {(Section is null ? "الصفحة الرئيسية" : "القسم")}.";
        return RedirectToPage(new { section = Section });
    }

    private DateTime? Local(DateTime? utc) => utc is { } u ? DateTime.Parse(dates.LocalInput(u), CultureInfo.InvariantCulture) : null;

    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var ids = Slots.Select(s => s.ArticleId).ToList();
        Titles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.Content.Title, a.Status == ArticleStatus.Published), cancellationToken);
        var candidates = db.Articles.AsNoTracking().Published().Where(a => !ids.Contains(a.Id));
        if (Section is { } section)
        {
            candidates = candidates.Where(a => a.SectionId == section);
        }

        Candidates = [.. (await candidates.Latest().Take(40).Select(a => new { a.Id, a.Content.Title }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Title))];
        return Page();
    }

    public sealed class SlotInput
    {
        public int ArticleId { get; set; }

        public DateTime? Expires { get; set; }
    }
}

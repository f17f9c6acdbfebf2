using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// One press of a button in the editor: the draft, what to do with it, and the version the editor opened (a newer
// stored version means someone saved in between: a conflict, never a silent overwrite).
// For a story already published, Change says what readers are told: nothing (a minor fix), that it was updated, or
// what was corrected (CorrectionNote, shown at the foot of the story).
public sealed record ArticleEdit(int? ArticleId, int ExpectedVersion, ArticleDraft Draft, WorkflowAction Action, DateTime? ScheduleAtUtc = null)
{
    public ChangeKind Change { get; init; } = ChangeKind.Update;

    public string? CorrectionNote { get; init; }
}

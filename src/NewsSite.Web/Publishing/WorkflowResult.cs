using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

public enum WorkflowOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,

    // The database refused or failed; nothing was saved.
    Failed,
}

// Someone saved the story after the editor opened it: the version now stored, and when it was saved.
public sealed record EditConflict(int CurrentVersion, DateTime SavedAtUtc);

// What an action came to. Errors are keyed by the draft's field names (Title, SectionId, ScheduleAt …) in Arabic.
public sealed record WorkflowResult(WorkflowOutcome Outcome, Article? Article = null)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public EditConflict? Conflict { get; init; }

    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(Article article) => new(WorkflowOutcome.Done, article);

    public static WorkflowResult NotFound { get; } = new(WorkflowOutcome.NotFound);

    public static WorkflowResult Forbidden { get; } = new(WorkflowOutcome.Forbidden);

    public static WorkflowResult Invalid(IReadOnlyDictionary<string, string> errors) => new(WorkflowOutcome.Invalid) { Errors = errors };
}

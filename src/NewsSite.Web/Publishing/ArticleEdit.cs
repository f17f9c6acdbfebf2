namespace NewsSite.Web.Publishing;

// One press of a button in the editor: the draft, what to do with it, and the version the editor opened (a newer
// stored version means someone saved in between: a conflict, never a silent overwrite).
public sealed record ArticleEdit(int? ArticleId, int ExpectedVersion, ArticleDraft Draft, WorkflowAction Action, DateTime? ScheduleAtUtc = null);

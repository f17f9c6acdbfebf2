namespace NewsSite.Web.Publishing;

public enum WorkflowAction
{
    Save,
    SubmitForReview,
    Publish,
    Schedule,
    Unpublish,
    Delete,
}

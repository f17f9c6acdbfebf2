using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// What a role lets a staff member do with one article. Every admin page that takes an article id asks here.
public static class ArticlePermissions
{
    // Editors and admins edit anything; a writer starts new stories and edits their own while a draft or in review.
    public static bool CanEdit(this StaffMember staff, Article article) =>
        staff.CanPublish
        || article.Id == 0
        || (article.CreatedById == staff.Id && article.Status is ArticleStatus.Draft or ArticleStatus.InReview);

    // Seeing a story that is not public (preview, revisions): editors and admins any, a writer only their own.
    public static bool CanSee(this StaffMember staff, Article article) =>
        staff.CanPublish || article.CreatedById == staff.Id;

    public static bool May(this StaffMember staff, WorkflowAction action, Article article) => action switch
    {
        WorkflowAction.Save or WorkflowAction.SubmitForReview => staff.CanEdit(article),
        WorkflowAction.Delete => staff.CanPublish || (article.CreatedById == staff.Id && article.Status == ArticleStatus.Draft),
        _ => staff.CanPublish,
    };
}

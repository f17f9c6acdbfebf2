using System.Security.Claims;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Who is acting, and what their role lets them do with an article.
public sealed record StaffMember(string Id, string Name, bool CanPublish, bool IsAdmin)
{
    public static StaffMember From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.Identity?.Name ?? "",
        user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin),
        user.IsInRole(Roles.Admin));

    // Editors and admins edit anything; a writer starts new stories and edits their own while a draft or in review.
    public bool CanEdit(Article article) =>
        CanPublish
        || article.Id == 0
        || (article.CreatedById == Id && article.Status is ArticleStatus.Draft or ArticleStatus.InReview);

    public bool May(WorkflowAction action, Article article) => action switch
    {
        WorkflowAction.Save or WorkflowAction.SubmitForReview => CanEdit(article),
        WorkflowAction.Delete => CanPublish || (article.CreatedById == Id && article.Status == ArticleStatus.Draft),
        _ => CanPublish,
    };
}

using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

public static class StatusNames
{
    public static string Arabic(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "مسودة",
        ArticleStatus.InReview => "قيد المراجعة",
        ArticleStatus.Scheduled => "مجدول",
        ArticleStatus.Published => "منشور",
        ArticleStatus.Unpublished => "أُلغي نشره",
        _ => status.ToString(),
    };

    public static string Arabic(ChangeKind kind) => kind switch
    {
        ChangeKind.Minor => "طفيف",
        ChangeKind.Update => "تحديث",
        ChangeKind.Correction => "تصحيح",
        _ => kind.ToString(),
    };
}

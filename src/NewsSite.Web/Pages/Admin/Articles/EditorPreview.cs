namespace NewsSite.Web.Pages.Admin.Articles;

// What the live preview shows: the story in the reader template (none when the text is over a limit), and what a save
// would refuse.
public sealed record EditorPreview(ArticleView? View, IReadOnlyList<string> Errors);

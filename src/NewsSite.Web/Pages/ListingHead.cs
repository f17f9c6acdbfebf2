namespace NewsSite.Web.Pages;

// What a listing page (section, tag, author, search) says about itself in its head: its canonical address, and the
// Open Graph and X card a shared link shows — with the newest story's picture when there is one.
public sealed record ListingHead(string Title, string Description, string Path, int? PictureArticleId);

namespace NewsSite.Web.Models;

// An address a section, tag or author used to have (renamed, merged or deleted into another): it answers with a
// permanent redirect to where that page is now.
public sealed class RetiredSlug
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string Slug { get; set; }
    public int TargetId { get; set; }

    public const string Section = "section";
    public const string Tag = "tag";
    public const string Author = "author";
}

namespace NewsSite.Web.Models;

// What a provider says about a pasted post or video (its oEmbed answer), fetched when the story is saved and kept:
// the title and a thumbnail copied into the media library, so the reader's facade shows them without asking the
// provider anything.
public sealed class EmbedPreview
{
    public required string Url { get; set; }
    public string Title { get; set; } = "";
    public string? ImagePath { get; set; }
    public DateTime FetchedAtUtc { get; set; }
}

namespace NewsSite.Web.Search;

// A published story as search sees it: plain text (the body without Markdown), tag names and the publication time.
// SectionId is kept beside the text so that a search can be narrowed and counted by section without a join.
public sealed record SearchDocument(int Id, string Title, string Standfirst, string Body, IReadOnlyList<string> Tags, DateTime PublishedAtUtc, int SectionId = 0);

// The same story after normalization and stemming: what any search store indexes, column by column. Exact columns
// hold normalized words in order; the stem columns hold every stem the index should answer to.
public sealed record AnalyzedDocument(
    int Id,
    string Title,
    string Standfirst,
    string Body,
    string Tags,
    string HeadStems,
    string BodyStems,
    DateTime PublishedAtUtc,
    int SectionId = 0)
{
    public static AnalyzedDocument From(SearchDocument document)
    {
        var title = ArabicNormalizer.Tokenize(document.Title);
        var standfirst = ArabicNormalizer.Tokenize(document.Standfirst);
        var body = ArabicNormalizer.Tokenize(document.Body);
        var tags = document.Tags.SelectMany(ArabicNormalizer.Tokenize).ToList();
        return new(
            document.Id,
            string.Join(' ', title),
            string.Join(' ', standfirst),
            string.Join(' ', body),
            string.Join(' ', tags),
            Stems(title.Concat(standfirst).Concat(tags)),
            Stems(body),
            document.PublishedAtUtc,
            document.SectionId);
    }

    private static string Stems(IEnumerable<string> tokens) => string.Join(' ', tokens.SelectMany(ArabicStemmer.IndexStems));
}

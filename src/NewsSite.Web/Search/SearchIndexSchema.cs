namespace NewsSite.Web.Search;

// The FTS5 table, in one place so that a regenerated migration can call it again (migrationBuilder.Sql).
// Contentless: the index keeps no copy of the text (the articles table has it); contentless_delete lets a story
// be removed or replaced by rowid; published is stored (contentless_unindexed) for the recency boost without a join.
// The text reaching it is already normalized and tokenized in C# (ArabicNormalizer), so unicode61 only splits at spaces.
public static class SearchIndexSchema
{
    public const string Table = "ArticleSearch";

    public const string CreateSql = $"""
        CREATE VIRTUAL TABLE {Table} USING fts5(
            title, standfirst, body, tags, head_stems, body_stems,
            published UNINDEXED,
            content = '', contentless_delete = 1, contentless_unindexed = 1,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """;

    public const string DropSql = $"DROP TABLE IF EXISTS {Table};";
}

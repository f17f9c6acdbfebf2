using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NothingTypedIsEmpty(string? text) => Assert.Equal(SearchQueryStatus.Empty, SearchQuery.Parse(text).Status);

    [Fact]
    public void MoreThanTwoHundredCharactersIsTooLong()
    {
        Assert.Equal(SearchQueryStatus.Ready, SearchQuery.Parse(new string('ب', 200)).Status);
        Assert.Equal(SearchQueryStatus.TooLong, SearchQuery.Parse(new string('ب', 201)).Status);
    }

    [Theory]
    [InlineData("\"بوتين\"", new[] { "بوتين" })]
    [InlineData("بوتين*", new[] { "بوتين" })]
    [InlineData("(بوتين", new[] { "بوتين" })]
    [InlineData("بوتين OR كيم", new[] { "بوتين", "كيم" })]
    [InlineData("NOT بوتين", new[] { "بوتين" })]
    [InlineData("بوتين AND NEAR(كيم اتفاق)", new[] { "بوتين", "كيم", "اتفاق" })]
    [InlineData("title:بوتين", new[] { "بوتين" })]
    [InlineData("body : اتفاق", new[] { "اتفاق" })]
    [InlineData("{title body}: اتفاق", new[] { "اتفاق" })]
    [InlineData("^بوتين", new[] { "بوتين" })]
    public void FtsSyntaxIsDroppedAndTheWordsRemain(string text, string[] words)
    {
        var query = SearchQuery.Parse(text);

        Assert.Equal(SearchQueryStatus.Ready, query.Status);
        Assert.True(query.IgnoredSyntax);
        Assert.Equal(words, query.Terms.Select(t => t.Normalized));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("***")]
    [InlineData("AND OR NOT")]
    [InlineData("()")]
    [InlineData("title:")]
    [InlineData("!؟،.")]
    public void QueriesWithoutWordsSayTheyHaveNone(string text) =>
        Assert.Equal(SearchQueryStatus.NoWords, SearchQuery.Parse(text).Status);

    [Fact]
    public void PlainWordsAreNotSyntaxEvenLowerCaseOperatorsOrAnArabicWordBeforeAColon()
    {
        var query = SearchQuery.Parse("rock and roll");
        Assert.False(query.IgnoredSyntax);
        Assert.Equal(["rock", "roll"], query.Terms.Select(t => t.Normalized));   // "and" is a stop word here

        var arabic = SearchQuery.Parse("الساعة: ٥");
        Assert.Equal(["الساعه", "5"], arabic.Terms.Select(t => t.Normalized));
    }

    [Fact]
    public void QueryWordsAreNormalizedStemmedAndDeduplicated()
    {
        var query = SearchQuery.Parse("الاتفاقات والاتفاقيّة الاتفاقات في دبي");

        Assert.Equal(["الاتفاقات", "والاتفاقيه", "دبي"], query.Terms.Select(t => t.Normalized));
        Assert.Equal(["اتفاق", "اتفاق", "دبي"], query.Terms.Select(t => t.Stem));
    }

    [Fact]
    public void StopWordsAloneAreStillSearched() =>
        Assert.Equal(["في"], SearchQuery.Parse("في").Terms.Select(t => t.Normalized));

    [Fact]
    public void AtMostTenWordsAreSearched()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 15).Select(i => $"كلمة{i}")));

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
        Assert.True(query.DroppedWords);
    }

    [Fact]
    public void TheMatchExpressionQuotesEveryTerm()
    {
        var query = SearchQuery.Parse("title:بوتين OR \"x\" NEAR(");

        Assert.Equal(
            "(\"بوتين\") AND (\"x\")",
            SqliteFtsSearchIndex.MatchExpression(query.Terms));
        Assert.Equal("(\"الاتفاقيات\" OR \"اتفاق\")", SqliteFtsSearchIndex.MatchExpression(SearchQuery.Parse("الاتفاقيات").Terms));
    }
}

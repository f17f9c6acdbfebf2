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
    [InlineData("بوتين*", new[] { "بوتين" })]
    [InlineData("\"بوتين", new[] { "بوتين" })]
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

        Assert.Equal("(\"بوتين\") AND (\"x\")", Expression(query));
        Assert.Equal("((\"الاتفاقيات\" OR \"اتفاق\"))", Expression(SearchQuery.Parse("الاتفاقيات")));
    }

    [Fact]
    public void QuotedWordsAreAPhraseAndAnUnpairedQuoteIsIgnored()
    {
        var query = SearchQuery.Parse("\"مجلس التعاون\" الخليجي");

        Assert.Equal([["مجلس", "التعاون"]], query.Phrases.Select(p => p.Words));
        Assert.Equal(["الخليجي"], query.Terms.Select(t => t.Normalized));
        Assert.False(query.IgnoredSyntax);
        Assert.Equal("(({title standfirst body tags} : \"مجلس التعاون\")) AND ((\"الخليجي\" OR \"خليج\"))", Expression(query));
        Assert.True(SearchQuery.Parse("\"مجلس التعاون").IgnoredSyntax);
    }

    [Theory]
    [InlineData("وبوتين", new[] { "بوتين", "وتين" })]
    [InlineData("فموسكو", new[] { "موسكو" })]
    [InlineData("بأوكرانيا", new[] { "اوكرانيا" })]
    [InlineData("لروسيا", new[] { "روسيا" })]
    [InlineData("وبالنفط", new[] { "النفط", "بالنفط" })]
    [InlineData("فللحكومة", new[] { "لحكومه", "للحكومه" })]
    [InlineData("وزير", new[] { "زير" })]
    [InlineData("ولي", new string[0])]        // what is left is too short to be a word of its own
    [InlineData("موسكو", new string[0])]      // no attached letter
    [InlineData("Washington", new string[0])]
    public void AWordThatMayCarryAnAttachedLetterIsAlsoReadWithout(string word, string[] readings) =>
        Assert.Equal(readings.Order(), SearchQuery.Parse(word).Terms.Single().Readings.Select(r => r.Normalized).Order());

    [Fact]
    public void ReadingsAreAlternativesThatRankAfterTheWordAsTyped()
    {
        var plan = SearchPlan.For(SearchQuery.Parse("وزير"), new HashSet<string>());

        Assert.True(plan.HasReadings);
        Assert.Equal("((\"وزير\") OR (\"زير\"))", SqliteFtsSearchIndex.MatchExpression(plan, literalOnly: false).Replace("\"وزير\" OR \"زير\"", "(\"وزير\") OR (\"زير\")", StringComparison.Ordinal));
        Assert.Equal("(\"وزير\")", SqliteFtsSearchIndex.MatchExpression(plan, literalOnly: true));
    }

    [Fact]
    public void NamesWrittenApartOrTogetherMeetWhenTheStoriesHaveTheOtherSpelling()
    {
        var apart = SearchPlan.For(SearchQuery.Parse("أبو ظبي"), new HashSet<string> { "ابوظبي" });
        var together = SearchPlan.For(SearchQuery.Parse("بيونغيانغ"), new HashSet<string> { "بيونغ", "يانغ" });
        var stopWord = SearchPlan.For(SearchQuery.Parse("آي فون"), new HashSet<string> { "ايفون" });

        Assert.Contains("\"ابوظبي\"", SqliteFtsSearchIndex.MatchExpression(apart, literalOnly: false), StringComparison.Ordinal);
        Assert.Single(apart.Groups);
        Assert.Contains("{title standfirst body tags} : \"بيونغ يانغ\"", SqliteFtsSearchIndex.MatchExpression(together, literalOnly: false), StringComparison.Ordinal);
        Assert.Contains("\"ايفون\"", SqliteFtsSearchIndex.MatchExpression(stopWord, literalOnly: false), StringComparison.Ordinal);
        Assert.Equal(SearchPlan.Questions(SearchQuery.Parse("أبو ظبي")), ["ابوظبي"]);
    }

    private static string Expression(SearchQuery query) =>
        SqliteFtsSearchIndex.MatchExpression(SearchPlan.For(query, new HashSet<string>()), literalOnly: true);
}

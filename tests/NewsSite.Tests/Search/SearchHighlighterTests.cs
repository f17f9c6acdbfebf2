using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

public sealed class SearchHighlighterTests
{
    [Fact]
    public void TheWordIsMarkedAsPrintedWithItsHarakat()
    {
        var text = Highlighter("وجه").Highlight("وجّهَ بوتين دعوة");

        Assert.Equal([new TextSegment("وجّهَ", true), new TextSegment(" بوتين دعوة", false)], text.Segments);
    }

    [Fact]
    public void StemAndSpellingVariantsAreMarked()
    {
        var text = Highlighter("الاتفاقية").Highlight("بالاتفاق، والاتفاقيات، واتفاقٌ آخر، لا الاتفاف");

        Assert.Equal(["بالاتفاق", "والاتفاقيات", "واتفاقٌ"], text.Segments.Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Fact]
    public void PresentationFormsAndBidiMarksStillMatch()
    {
        Assert.True(Highlighter("بوتين").Highlight("قال ﺑﻮﺗﻴﻦ اليوم").HasMatch);
        Assert.Equal("بوتين", Highlighter("بوتين").Highlight("قال \u200fبوتين\u200f اليوم").Segments.Single(s => s.IsMatch).Text.TrimEnd('\u200f'));
    }

    [Fact]
    public void TheSnippetIsTheWindowWithTheMostQueryWords()
    {
        var words = Enumerable.Range(0, 100).Select(i => $"كلمة{i}").ToList();
        words[60] = "بوتين";
        words[63] = "كيم";
        words[10] = "بوتين";

        var snippet = Highlighter("بوتين كيم").Snippet(string.Join(' ', words), maxWords: 10);

        Assert.True(snippet.CutStart);
        Assert.True(snippet.CutEnd);
        Assert.Equal(["بوتين", "كيم"], snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.StartsWith("كلمة56", snippet.Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAMatchTheSnippetIsTheOpening()
    {
        var snippet = Highlighter("غائب").Snippet("أول الكلام ثم ما بعده", maxWords: 3);

        Assert.False(snippet.CutStart);
        Assert.True(snippet.CutEnd);
        Assert.Equal([new TextSegment("أول الكلام ثم", false)], snippet.Segments);
    }

    private static SearchHighlighter Highlighter(string query) => new(SearchQuery.Parse(query).Terms);
}

using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Publishing;

public sealed class WordDiffTests
{
    private static string Diff(string before, string after) => WordDiff.Render(WordDiff.Compare(before, after));

    [Fact]
    public void OneWordChangedInALongArabicParagraphMarksOnlyThatWord() =>
        Assert.Equal(
            "قال وزير الطاقة إن أسعار النفط [-ارتفعت-]{+تراجعت+} اليوم بنسبة اثنين في المئة بعد اجتماع أوبك.",
            Diff("قال وزير الطاقة إن أسعار النفط ارتفعت اليوم بنسبة اثنين في المئة بعد اجتماع أوبك.",
                "قال وزير الطاقة إن أسعار النفط تراجعت اليوم بنسبة اثنين في المئة بعد اجتماع أوبك."));

    [Fact]
    public void HarakatTatweelAndHamzaSeatsRetouchAWordWithoutReplacingIt()
    {
        var segments = WordDiff.Compare("وجه الرئيس رسالة الى الامة", "وجّه الرئيس رسالـة إلى الأمة");

        Assert.Equal("~وجّه~ الرئيس ~رسالـة~ ~إلى~ ~الأمة~", WordDiff.Render(segments));
        Assert.Equal("وجه", segments[0].Before);
        Assert.DoesNotContain(segments, s => s.Kind is DiffKind.Deleted or DiffKind.Inserted);
    }

    [Fact]
    public void PunctuationIsAPieceOfItsOwn() =>
        Assert.Equal("أعلنت الوزارة{+،+} اليوم{+،+} عن الخطة[-.-]{+!+}", Diff("أعلنت الوزارة اليوم عن الخطة.", "أعلنت الوزارة، اليوم، عن الخطة!"));

    [Fact]
    public void WordsAddedAndRemovedAcrossParagraphsKeepTheParagraphs() =>
        Assert.Equal(
            "الفقرة الأولى كما هي.\n\nالفقرة الثانية {+الجديدة +}فيها خبر[- قديم-].",
            Diff("الفقرة الأولى كما هي.\n\nالفقرة الثانية فيها خبر قديم.", "الفقرة الأولى كما هي.\n\nالفقرة الثانية الجديدة فيها خبر."));

    [Fact]
    public void LineEndingsAsTheBrowserPostsThemAreNoChange() =>
        Assert.False(WordDiff.Changed(WordDiff.Compare("فقرة أولى.\n\nفقرة ثانية.", "فقرة أولى.\r\n\r\nفقرة ثانية.")));

    [Fact]
    public void AParagraphSplitIsAChangeAndAStrayControlCharacterIsNoCrash()
    {
        Assert.True(WordDiff.Changed(WordDiff.Compare("جملة أولى. جملة ثانية.", "جملة أولى.\n\nجملة ثانية.")));
        Assert.True(WordDiff.Changed(WordDiff.Compare("سطر\nسطر", "سطر\n\nسطر")));
        Assert.True(WordDiff.Changed(WordDiff.Compare("نص\u0001قديم", "نص جديد")));
    }

    [Fact]
    public void NothingChangedIsNoChange()
    {
        Assert.False(WordDiff.Changed(WordDiff.Compare("نص واحد", "نص واحد")));
        Assert.True(WordDiff.Changed(WordDiff.Compare("", "نص")));
        Assert.Equal("{+نص جديد+}", Diff("", "نص جديد"));
    }
}

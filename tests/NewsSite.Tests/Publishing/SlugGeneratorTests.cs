using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

public sealed class SlugGeneratorTests
{
    [Theory]
    [InlineData("بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية", "بوتين-وكيم-جونغ-أون-يوقعان-اتفاق-شراكة-استراتيجية")]
    [InlineData("وجّه بوتين دعوةً إلى كيم", "وجه-بوتين-دعوة-إلى-كيم")]
    [InlineData("«الاتفاق» جاهز، والتوقيع غداً؟", "الاتفاق-جاهز-والتوقيع-غدا")]
    [InlineData("أســـعار النفط ترتفع 3%", "أسعار-النفط-ترتفع-3")]
    [InlineData("Apple تطلق iPhone جديداً", "apple-تطلق-iphone-جديدا")]
    [InlineData("  مسافات   كثيرة  ", "مسافات-كثيرة")]
    public void SlugsKeepArabicLettersAndDropMarksAndPunctuation(string title, string expected) =>
        Assert.Equal(expected, SlugGenerator.FromTitle(title));

    [Fact]
    public void SlugsKeepAtMostEightWords() =>
        Assert.Equal(8, SlugGenerator.FromTitle("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة").Split('-').Length);

    [Fact]
    public void ArticleLinksPercentEncodeTheSlugOnce() =>
        Assert.Equal("/articles/7/%D8%AE%D8%A8%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84", SiteUrls.Article(7, "خبر-عاجل"));
}

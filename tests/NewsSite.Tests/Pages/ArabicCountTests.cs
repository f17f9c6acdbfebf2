using NewsSite.Web.Pages;

namespace NewsSite.Tests.Pages;

public sealed class ArabicCountTests
{
    [Theory]
    [InlineData(0, "لا أخبار")]
    [InlineData(1, "خبر واحد")]
    [InlineData(2, "خبران")]
    [InlineData(3, "3 أخبار")]
    [InlineData(10, "10 أخبار")]
    [InlineData(11, "11 خبراً")]
    [InlineData(99, "99 خبراً")]
    [InlineData(100, "100 خبر")]
    [InlineData(102, "102 خبر")]
    [InlineData(105, "105 أخبار")]
    [InlineData(1000, "1000 خبر")]
    public void CountedNounsAgreeWithTheNumber(long n, string expected) =>
        Assert.Equal(expected, ArabicCount.News(n));
}

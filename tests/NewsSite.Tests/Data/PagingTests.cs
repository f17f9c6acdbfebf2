using NewsSite.Web.Data;

namespace NewsSite.Tests.Data;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, true, 1)]
    [InlineData("1", true, 1)]
    [InlineData("12", true, 12)]
    [InlineData("0", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("abc", false, 0)]
    [InlineData("1.5", false, 0)]
    [InlineData(" 2", false, 0)]
    [InlineData("٢", false, 0)]
    [InlineData("99999999999", false, 0)]
    public void PageNumbersAreWholeNumbersFromOne(string? raw, bool valid, int expected)
    {
        Assert.Equal(valid, Paging.TryParsePage(raw, out var page));
        if (valid)
        {
            Assert.Equal(expected, page);
        }
    }
}

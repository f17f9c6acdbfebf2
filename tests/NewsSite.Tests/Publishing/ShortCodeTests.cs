using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Publishing;

public sealed class ShortCodeTests
{
    [Fact]
    public void ShortCodesAreEightBase62CharactersAndDiffer()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ShortCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-Za-z]{8}$", c));
        Assert.All(codes, c => Assert.True(ShortCodes.IsWellFormed(c)));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abcdefghi")]
    [InlineData("abcd-fgh")]
    [InlineData("abcd/fgh")]
    [InlineData("عربيعربيع")]
    [InlineData("qr.svg12")]
    public void MalformedShortCodesAreRejectedBeforeAnyLookup(string? code) =>
        Assert.False(ShortCodes.IsWellFormed(code));
}

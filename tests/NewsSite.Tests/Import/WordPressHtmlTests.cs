using NewsSite.Web.Import;

namespace NewsSite.Tests.Import;

public sealed class WordPressHtmlTests
{
    private static string Convert(string html, Dictionary<string, string?>? pictures = null) =>
        WordPressHtml.ToMarkdown(WordPressHtml.Parse(html), pictures ?? []);

    [Fact]
    public void ClassicPostsWithoutParagraphTagsKeepTheirParagraphsAndLineBreaks()
    {
        var markdown = Convert("الفقرة الأولى عن <strong>القمة</strong>.\n\nالفقرة الثانية\nوسطرها الثاني.\r\n\r\nالثالثة.");

        Assert.Equal("الفقرة الأولى عن **القمة**.\n\nالفقرة الثانية\\\nوسطرها الثاني.\n\nالثالثة.", markdown);
    }

    [Fact]
    public void BlockEditorPostsKeepHeadingsListsQuotesAndLinks()
    {
        var markdown = Convert("""
            <!-- wp:paragraph --><p>قال <em>الوزير</em> في <a href="https://example.com/a b">بيان</a>:</p><!-- /wp:paragraph -->
            <!-- wp:heading --><h2>التفاصيل</h2><!-- /wp:heading -->
            <!-- wp:list --><ul><li>أولاً</li><li>ثانياً<ul><li>فرع</li></ul></li></ul><!-- /wp:list -->
            <ol><li>واحد</li><li>اثنان</li></ol>
            <blockquote class="wp-block-quote"><p>نص مقتبس</p><cite>المصدر</cite></blockquote>
            <hr><h1>عنوان كبير</h1>
            """);

        Assert.Equal(
            "قال *الوزير* في [بيان](<https://example.com/a%20b>):\n\n## التفاصيل\n\n- أولاً\n- ثانياً\n   - فرع\n\n1. واحد\n2. اثنان\n\n> نص مقتبس\n>\n> *المصدر*\n\n---\n\n## عنوان كبير",
            markdown);
    }

    [Fact]
    public void CaptionShortcodesBecomeFiguresWithTheLibraryPicture()
    {
        const string src = "https://old.example/wp-content/uploads/2024/05/desert-300x200.jpg";
        var markdown = Convert(
            $"مقدمة.\n\n[caption id=\"attachment_7\" align=\"aligncenter\" width=\"300\"]<a href=\"x\"><img src=\"{src}\" alt=\"كثبان\" width=\"300\" /></a> صحراء الربع الخالي[/caption]\n\nخاتمة.",
            new() { [src] = "/media/abc.jpg" });

        Assert.Equal("مقدمة.\n\n^^^\n![كثبان](/media/abc.jpg)\n^^^ صحراء الربع الخالي\n\nخاتمة.", markdown);
    }

    [Fact]
    public void APictureNotInTheLibraryLeavesOnlyItsAltTextAndEmbedsBecomeLinks()
    {
        var markdown = Convert("""
            <p><img src="https://elsewhere.example/x.jpg" alt="صورة الموكب"></p>
            <figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/abc"></iframe></div></figure>
            [embed]https://x.com/news/status/1[/embed]
            """);

        Assert.Equal("صورة الموكب\n\n[https://www.youtube.com/embed/abc](<https://www.youtube.com/embed/abc>)\n\n[https://x.com/news/status/1](<https://x.com/news/status/1>)", markdown);
    }

    [Fact]
    public void ScriptsStylesAndUnknownShortcodesGoAndMarkdownSyntaxInTextStaysText()
    {
        var markdown = Convert("<p>السعر *خاص* و[رابط] #وسم</p><script>alert(1)</script><style>p{}</style>[gallery ids=\"1,2\"]<p>- ليست قائمة</p><p><a href=\"javascript:alert(1)\">انقر</a></p>");

        Assert.Equal("السعر \\*خاص\\* و\\[رابط\\] \\#وسم\n\n\\- ليست قائمة\n\nانقر", markdown);
        Assert.DoesNotContain("alert", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void APictureInsideTextStaysAndLinksOnTheSiteKeepTheirPath()
    {
        const string src = "https://old.example/wp-content/uploads/2024/05/map.png";
        var markdown = Convert($"<p>انظر الخريطة <img src=\"{src}\" alt=\"خريطة\"> ثم <a href=\"/2024/05/other/\">الخبر السابق</a>.</p>", new() { [src] = "/media/map.jpg" });

        Assert.Equal("انظر الخريطة ![خريطة](/media/map.jpg) ثم [الخبر السابق](</2024/05/other/>).", markdown);
    }

    [Fact]
    public void TablesBecomePipeTables()
    {
        var markdown = Convert("<table><tr><th>المدينة</th><th>الحرارة</th></tr><tr><td>دبي</td><td>41</td></tr><tr><td>الرياض|نجد</td></tr></table>");

        Assert.Equal("| المدينة | الحرارة |\n| --- | --- |\n| دبي | 41 |\n| الرياض\\|نجد |  |", markdown);
    }
}

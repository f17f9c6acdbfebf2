using Microsoft.AspNetCore.Html;

namespace NewsSite.Web.Search;

public static class HighlightedTextHtml
{
    // Article text is appended as text, which the page's HtmlEncoder encodes when it writes; the only markup is
    // <mark>. A headline such as "<script>…" therefore shows as text and never runs.
    public static IHtmlContent ToHtml(this HighlightedText text)
    {
        var html = new HtmlContentBuilder();
        if (text.CutStart)
        {
            html.Append("… ");
        }

        foreach (var segment in text.Segments)
        {
            if (segment.IsMatch)
            {
                html.AppendHtml("<mark>").Append(segment.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(segment.Text);
            }
        }

        if (text.CutEnd)
        {
            html.Append(" …");
        }

        return html;
    }
}

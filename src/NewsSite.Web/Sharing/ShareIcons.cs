using Microsoft.AspNetCore.Html;

namespace NewsSite.Web.Sharing;

// The share bar's icons: simple line drawings of our own (24×24, stroked with currentColor), no third-party assets.
// Decorative only: each button carries its Arabic name as text.
public static class ShareIcons
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["email"] = "<rect x=\"3\" y=\"5\" width=\"18\" height=\"14\" rx=\"2\"/><path d=\"M3.5 6.5 12 13l8.5-6.5\"/>",
        ["facebook"] = "<path d=\"M15.5 3.5h-2A3.5 3.5 0 0 0 10 7v13.5M6.5 10.5h8\"/>",
        ["x"] = "<path d=\"M4.5 4h4.2l10.8 16h-4.2zM19.5 4l-6.3 7M4.5 20l6.3-7\"/>",
        ["linkedin"] = "<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"3\"/><path d=\"M8 10.5V17M8 7v.01M12 17v-6.5M12 13.5a2.5 2.5 0 0 1 5 0V17\"/>",
        ["pinterest"] = "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"m10.5 20.5 2.3-9.5M9 13.5a3.5 3.5 0 1 1 3.6 2.3\"/>",
        ["whatsapp"] = "<path d=\"M4 20.5 5.4 16A8.5 8.5 0 1 1 8.6 19z\"/><path d=\"M9 8.5c0 3.5 3 6.5 6.5 6.5l.5-1.8-2.2-1-1 .9a3.6 3.6 0 0 1-1.9-1.9l.9-1-1-2.2z\"/>",
        ["telegram"] = "<path d=\"M21 4 3 11.3l6.2 2.2L21 4l-11 9.6V20l3.3-3.9L17.5 19z\"/>",
        ["copy"] = "<rect x=\"8.5\" y=\"8.5\" width=\"12\" height=\"12\" rx=\"2\"/><path d=\"M15.5 8.5V5.5a2 2 0 0 0-2-2h-8a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h3\"/>",
        ["native"] = "<circle cx=\"18\" cy=\"5\" r=\"3\"/><circle cx=\"6\" cy=\"12\" r=\"3\"/><circle cx=\"18\" cy=\"19\" r=\"3\"/><path d=\"m8.6 13.5 6.8 4M15.4 6.5l-6.8 4\"/>",
        ["qr"] = "<path d=\"M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2.5v2.5H14zM17.5 17.5H20V20h-2.5zM14 20h1.5M20 14v1.5\"/>",
    };

    public static IHtmlContent Svg(string name) =>
        new HtmlString($"<svg class=\"share-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\">{Paths[name]}</svg>");
}

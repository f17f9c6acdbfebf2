namespace NewsSite.BrowserTests;

// Hostile text of our own making. Every vector, if it ever ran, would call xss(n) with its own number, so the browser
// hook says exactly which one got through. Built from payloads (what runs) crossed with breakouts (what a payload
// needs to escape from: an attribute, a title, a script block, a comment, a textarea, Markdown syntax).
internal static class XssVectors
{
    private static readonly Func<int, string>[] Payloads =
    [
        n => $"<script>xss({n})</script>",
        n => $"<img src=x onerror=xss({n})>",
        n => $"<svg onload=xss({n})>",
        n => $"<svg><script>xss({n})</script></svg>",
        n => $"<iframe srcdoc=\"<script>parent.xss({n})</script>\"></iframe>",
        n => $"<details open ontoggle=xss({n})>",
        n => $"<body onload=xss({n})>",
        n => $"<input autofocus onfocus=xss({n})>",
        n => $"<a href=\"javascript:xss({n})\" id=x{n}>x</a>",
        n => $"<math><mtext><table><mglyph><style><img src=x onerror=xss({n})>",
        n => $"<object data=\"javascript:xss({n})\">",
        n => $"<video><source onerror=xss({n})></video>",
    ];

    private static readonly Func<string, string>[] Breakouts =
    [
        p => p,
        p => "\">" + p,
        p => "'>" + p,
        p => "</title>" + p,
        p => "</script>" + p,
        p => "--></script>" + p,
        p => "</textarea>" + p,
        p => "\u202E" + p + "\u202C",   // right-to-left override around it
    ];

    // Markdown's own ways to a link or a picture: schemes in every spelling, entities, autolinks, attributes.
    private static readonly Func<int, string>[] Markdown =
    [
        n => $"[رابط](javascript:xss({n}))",
        n => $"[رابط](JaVaScRiPt:xss({n}))",
        n => $"[رابط](&#106;avascript:xss({n}))",
        n => $"[رابط](&#x6A;&#x61;vascript:xss({n}))",
        n => $"[رابط](java\tscript:xss({n}))",
        n => $"[رابط]( javascript:xss({n}))",
        n => $"[رابط](javascript%3Axss({n}))",
        n => $"[رابط](vbscript:xss({n}))",
        n => $"[رابط](data:text/html,<script>xss({n})</script>)",
        n => $"[رابط](data:text/html;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"<script>xss({n})</script>"))})",
        n => $"![صورة](javascript:xss({n}))",
        n => $"![صورة\" onerror=\"xss({n})](/x.jpg)",
        n => $"<javascript:xss({n})>",
        n => $"[رابط][r{n}]\n\n[r{n}]: javascript:xss({n})",
        n => $"[رابط](/x){{onclick=xss({n})}}",
        n => $"## عنوان {{#x onmouseover=xss({n})}}",
        n => $"`<script>xss({n})</script>`",
        n => $"<!-- --><script>xss({n})</script>",
        n => $"[رابط](https://news.example\" onclick=\"xss({n}))",
        n => $"<a href=\"&#106;avascript:xss({n})\">x</a>",
    ];

    public static IReadOnlyList<(int Number, string Text)> All { get; } = Build();

    private static List<(int, string)> Build()
    {
        var vectors = new List<(int, string)>();
        foreach (var payload in Payloads)
        {
            foreach (var breakout in Breakouts)
            {
                var n = vectors.Count + 1;
                vectors.Add((n, breakout(payload(n))));
            }
        }

        foreach (var markdown in Markdown)
        {
            var n = vectors.Count + 1;
            vectors.Add((n, markdown(n)));
        }

        return vectors;
    }
}

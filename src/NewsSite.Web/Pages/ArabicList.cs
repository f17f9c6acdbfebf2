namespace NewsSite.Web.Pages;

// Names in a row as Arabic writes them: "أ"، "أ و ب"، "أ، ب و ج".
public static class ArabicList
{
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join("، ", items.Take(items.Count - 1)) + " و" + items[^1],
    };
}

namespace NewsSite.Tests.Publishing;

// The editor form as a writer fills it in, and the story id from the redirect after a save.
internal static class EditorForm
{
    public static Dictionary<string, string?> Story(string title, string body = "فقرة أولى من الخبر.\n\nفقرة ثانية **مهمة**.") => new()
    {
        ["Input.Title"] = title,
        ["Input.Standfirst"] = "موجز الخبر",
        ["Input.BodyMarkdown"] = body,
        ["Input.SectionId"] = "1",
        ["Input.AuthorId"] = "2",
        ["Input.Tags"] = "اختبار، وسم جديد تماماً",
        ["Input.ImagePath"] = "/img/seed/skyline.jpg",
        ["Input.ImageAlt"] = "أبراج المدينة عند الغروب",
        ["Input.ImageCaption"] = "أفق المدينة",
        ["Input.ImageCredit"] = "وكالات",
    };

    public static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.LocationPath().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
}

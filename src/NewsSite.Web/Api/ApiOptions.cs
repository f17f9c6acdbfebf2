namespace NewsSite.Web.Api;

// NewsSite:Api.
public sealed class ApiOptions
{
    public const string SectionName = "NewsSite:Api";

    // Sites whose pages may call the API from a browser (CORS), e.g. https://app.alofoq.example. None by default.
    public string[] CorsOrigins { get; set; } = [];

    // Partners' keys, by name (NewsSite__Api__Keys__mobileapp=…): a key sees stories not yet published too, and its
    // answers are never cached. At least 32 characters each.
    public Dictionary<string, string> Keys { get; set; } = [];
}

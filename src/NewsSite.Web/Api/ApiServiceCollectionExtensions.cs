using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;

namespace NewsSite.Web.Api;

internal static class ApiServiceCollectionExtensions
{
    // The content API, its OpenAPI document and its CORS policy; errors under /api are ProblemDetails (Pages).
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => "لا يوجد شيء بهذا العنوان في الواجهة. المرجع في /api.",
                StatusCodes.Status405MethodNotAllowed => "الواجهة للقراءة فقط: استعمل GET.",
                StatusCodes.Status429TooManyRequests => "طلبات كثيرة في وقت قصير. انتظر المدة المذكورة في Retry-After ثم أعد المحاولة.",
                >= 500 => "حدث خطأ غير متوقع في الخادم. أعد المحاولة بعد قليل.",
                _ => null,
            });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new UtcTimes());
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);   // Arabic as it is, not \u escapes
        });
        builder.Services.AddOptions<OutputCacheOptions>().Configure(o => o.AddPolicy(ContentApi.CachePolicy,
            new ReaderPagePolicy(ContentApi.QueryKeys, isPrivate: ApiKeys.IsValid, varyBy: AllowedOrigin)));
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) =>
            cors.AddPolicy(ContentApi.CorsPolicy, policy => policy.WithOrigins(api.Value.CorsOrigins).WithMethods("GET").WithHeaders(ApiKeys.Header)));
        builder.Services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true);
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsSite content API";
            document.Info.Description = "Read-only stories, sections, tags and authors as JSON. Public stories for anyone; with an X-Api-Key header, stories not yet published too.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    // The answer differs by CORS origin only for the configured ones; every other Origin shares the public entry.
    private static string AllowedOrigin(HttpContext http) =>
        http.Request.Headers.Origin.ToString() is { Length: > 0 } origin
        && http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.CorsOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)
            ? origin : "";

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").CacheOutput(Caching.CachePolicies.Page);
        ContentApi.MapContentApi(app);
        return app;
    }
}

using Microsoft.AspNetCore.Mvc;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Articles;
using NewsSite.Web.Pages.Search;
using NewsSite.Web.Publishing;
using NewsSite.Web.Security;

namespace NewsSite.Web.Pages;

internal static class PagesServiceCollectionExtensions
{
    // The reader pages and the admin area: Razor Pages, with the admin folder behind the staff policies.
    public static WebApplicationBuilder AddNewsPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.Conventions
            .AuthorizeFolder("/Admin", Policies.Staff)
            .AllowAnonymousToPage("/Admin/Login")
            .AllowAnonymousToPage("/Admin/LoginWith2fa")
            .AllowAnonymousToPage("/Admin/ForgotPassword")
            .AllowAnonymousToPage("/Admin/ResetPassword")
            .AuthorizeFolder("/Admin/Users", Policies.ManageSite)
            .AuthorizeFolder("/Admin/Sections", Policies.ManageSite)
            .AuthorizeFolder("/Admin/Authors", Policies.Publish)
            .AuthorizeFolder("/Admin/Tags", Policies.Publish)
            .AuthorizeFolder("/Admin/Fronts", Policies.Publish)
            .AuthorizeFolder("/Admin/Breaking", Policies.Publish)
            .AuthorizePage("/Admin/Audit", Policies.ManageSite)
            .AuthorizeFolder("/Admin/Webhooks", Policies.ManageSite)
            .RateLimit("/Admin/Login", RateLimits.SignIn)
            .RateLimit("/Admin/LoginWith2fa", RateLimits.SignIn)
            .RateLimit("/Admin/ForgotPassword", RateLimits.SignIn)
            .RateLimit("/Admin/ResetPassword", RateLimits.SignIn)
            .RateLimit("/Search/Index", RateLimits.Search)
            .RateLimit("/Admin/Articles/Edit", RateLimits.Preview)
            .RequireTwoFactorWhereAsked())
            .AddMvcOptions(o =>
            {
                o.MaxModelBindingCollectionSize = 1024;
                o.Filters.Add<OneConnectionPerPage>();
            });
        builder.Services.AddSingleton<StoryLists>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<StoryLists>());
        builder.Services.AddSingleton<ListingCounts>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<ListingCounts>());
        // Razor escapes every non-ASCII character by default (&#x627;…); let Arabic through as UTF-8.
        builder.Services.Configure<WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement,
                UnicodeRanges.GeneralPunctuation, UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement,
                UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB));
        return builder;
    }

    // Editors and administrators without two-step sign-in, when administrators require it, meet TwoFactorGate first.
    private static PageConventionCollection RequireTwoFactorWhereAsked(this PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new ServiceFilterAttribute(typeof(TwoFactorGate))));
        return conventions;
    }

    private static PageConventionCollection RateLimit(this PageConventionCollection conventions, string page, string policy)
    {
        conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
        return conventions;
    }

    // Readers get the Arabic error pages; everything under /api gets ProblemDetails (JSON), for exceptions and for
    // bare status codes (404, 429…) alike.
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(IsApi, api => api.UseExceptionHandler());
            app.UseWhen(http => !IsApi(http), pages => pages.UseExceptionHandler("/Error"));
            app.UseHsts();
        }

        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApi(http), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
        return app;
    }

    public static WebApplication MapNewsPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapViewBeacon();
        app.MapSearchSuggestions();
        return app;
    }
}

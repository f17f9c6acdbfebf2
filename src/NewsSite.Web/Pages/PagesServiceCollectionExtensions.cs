using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages;

internal static class PagesServiceCollectionExtensions
{
    // The reader pages and the admin area: Razor Pages, with the admin folder behind the staff policies.
    public static WebApplicationBuilder AddNewsPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.Conventions
            .AuthorizeFolder("/Admin", Policies.Staff)
            .AllowAnonymousToPage("/Admin/Login")
            .AuthorizeFolder("/Admin/Users", Policies.ManageSite)
            .AuthorizeFolder("/Admin/Sections", Policies.ManageSite)
            .AuthorizePage("/Admin/Audit", Policies.ManageSite))
            .AddMvcOptions(o => o.MaxModelBindingCollectionSize = 1024);
        // Razor escapes every non-ASCII character by default (&#x627;…); let Arabic through as UTF-8.
        builder.Services.Configure<WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement,
                UnicodeRanges.GeneralPunctuation, UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement,
                UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB));
        return builder;
    }

    public static WebApplication MapNewsPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}

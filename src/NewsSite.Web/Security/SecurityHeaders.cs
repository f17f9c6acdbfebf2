namespace NewsSite.Web.Security;

// Headers on every response, static files included. The policy allows scripts, styles, fonts and pictures from this
// site only — no inline script anywhere (the JSON-LD block is data, not script, and CSP does not apply to it) — and
// the admin area may not be framed at all. Pictures from other sites are refused at input, so img-src is 'self'. The
// only frames are the embed providers' (Markdown/Embeds), loaded when a reader clicks a facade.
internal static class SecurityHeaders
{
    private static readonly string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src " + string.Join(' ', Markdown.Embeds.FrameOrigins);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var admin = context.Request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase);
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy + (admin ? "; frame-ancestors 'none'" : "; frame-ancestors 'self'");
                headers.XFrameOptions = admin ? "DENY" : "SAMEORIGIN";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] =
                    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}

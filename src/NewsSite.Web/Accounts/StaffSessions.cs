using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

// The browsers a staff member is signed in on. A sign-in starts a session (its id goes into the cookie); every request
// checks that the session has not been ended, so "sign out everywhere" and ending one session take effect on the next
// request, not at the cookie's expiry. Last seen is written at most once a minute.
public sealed class StaffSessions(NewsDbContext db, TimeProvider clock)
{
    public const string ClaimType = "newssite:session";
    private static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    // The sign-in cookie's sliding lifetime: a session not seen for longer has expired with its cookie.
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public async Task<string> StartAsync(string userId, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new StaffSession { Id = Guid.NewGuid().ToString("N"), UserId = userId, CreatedAtUtc = now, LastSeenAtUtc = now, Device = Device(userAgent) };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        var old = now - KeptFor;
        await db.StaffSessions.Where(s => s.LastSeenAtUtc < old).ExecuteDeleteAsync(cancellationToken);
        return session.Id;
    }

    public async Task<bool> IsActiveAsync(string id, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Lifetime;
        var session = await db.StaffSessions.AsNoTracking().Where(s => s.Id == id && s.UserId == userId && s.EndedAtUtc == null && s.LastSeenAtUtc > expired)
            .Select(s => new { s.LastSeenAtUtc }).FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return false;
        }

        if (now - session.LastSeenAtUtc > SeenEvery)
        {
            await db.StaffSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now), cancellationToken);
        }

        return true;
    }

    public Task<List<StaffSession>> ActiveAsync(string userId, CancellationToken cancellationToken)
    {
        var expired = clock.GetUtcNow().UtcDateTime - Lifetime;
        return db.StaffSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAtUtc == null && s.LastSeenAtUtc > expired)
            .OrderByDescending(s => s.LastSeenAtUtc).ToListAsync(cancellationToken);
    }

    // One session, or (id null) every session of the user but keep.
    public Task<int> EndAsync(string userId, string? id, string? keep, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.StaffSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null && (id == null || s.Id == id) && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now), cancellationToken);
    }

    // "Chrome — Linux": enough to tell one's own browsers apart.
    public static string Device(string? userAgent)
    {
        var ua = userAgent ?? "";
        var browser = ua switch
        {
            _ when ua.Contains("Edg/", StringComparison.Ordinal) => "Edge",
            _ when ua.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
            _ when ua.Contains("Chrome/", StringComparison.Ordinal) || ua.Contains("Chromium/", StringComparison.Ordinal) => "Chrome",
            _ when ua.Contains("Safari/", StringComparison.Ordinal) => "Safari",
            _ => "متصفح",
        };
        var system = ua switch
        {
            _ when ua.Contains("Android", StringComparison.Ordinal) => "Android",
            _ when ua.Contains("iPhone", StringComparison.Ordinal) || ua.Contains("iPad", StringComparison.Ordinal) => "iOS",
            _ when ua.Contains("Windows", StringComparison.Ordinal) => "Windows",
            _ when ua.Contains("Mac OS", StringComparison.Ordinal) => "macOS",
            _ when ua.Contains("Linux", StringComparison.Ordinal) => "Linux",
            _ => "نظام غير معروف",
        };
        return $"{browser} — {system}";
    }

    // Cookie events: a sign-in starts a session; each request checks it (after the security stamp).
    internal static void Configure(CookieAuthenticationOptions options)
    {
        var stamp = options.Events.OnValidatePrincipal;
        options.Events.OnSigningIn = async context =>
        {
            if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(ClaimType) is null
                && identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } userId)
            {
                // Signed in again by the same person in the same browser (a new password, two steps turned on): the
                // session goes on. Otherwise a new one starts.
                var current = context.HttpContext.User;
                var session = current.FindFirst(ClaimTypes.NameIdentifier)?.Value == userId ? current.FindFirst(ClaimType)?.Value : null;
                var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
                session ??= await sessions.StartAsync(userId, context.HttpContext.Request.Headers.UserAgent, context.HttpContext.RequestAborted);
                identity.AddClaim(new Claim(ClaimType, session));
            }
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            await stamp(context);
            if (context.Principal is not { } principal)
            {
                return;
            }

            var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
            if (principal.FindFirst(ClaimType)?.Value is not { } id || principal.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId
                || !await sessions.IsActiveAsync(id, userId, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }
}

using Microsoft.AspNetCore.Identity;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

internal static class AccountsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ArabicIdentityErrorDescriber>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Admin/Login";
            o.LogoutPath = "/Admin/Logout";
            o.AccessDeniedPath = "/Error/403";
            o.Cookie.Name = "newssite.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = StaffSessions.Lifetime;
            StaffSessions.Configure(o);
        });
        // A role change, a new password or a disabled account updates the security stamp; open sessions check it every
        // minute, so the change reaches a signed-in browser within a minute.
        // The refreshed principal keeps its session.
        builder.Services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(StaffSessions.ClaimType) is { } session && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(StaffSessions.ClaimType, session.Value));
                }

                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.Publish, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.ManageSite, p => p.RequireRole(Roles.Admin));
        builder.Services.AddScoped<AdminBootstrapper>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<StaffSessions>();
        builder.Services.AddScoped<TwoFactorPolicy>();
        builder.Services.AddScoped<TwoFactorGate>();
        builder.Services.AddScoped<StaffMail>();
        builder.Services.AddSingleton<StaffOutbox>();
        builder.Services.AddHostedService<StaffMailSender>();
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName);
        // Reset links are good for two hours.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        return builder;
    }
}

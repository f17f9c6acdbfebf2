using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

// Creates the roles, and the first administrator when no user exists: from NewsSite:Admin, or in Development with
// nothing configured, with a generated password printed once to the console.
internal sealed class AdminBootstrapper(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    IHostEnvironment environment,
    ILogger<AdminBootstrapper> logger)
{
    public const string DevelopmentEmail = "admin@newssite.local";

    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (users.Users.Any())
        {
            return;
        }

        var (email, password) = (options.Value.Email, options.Value.Password);
        var generated = false;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            if (!environment.IsDevelopment())
            {
                logger.NoAdminConfigured();
                return;
            }

            (email, password, generated) = (DevelopmentEmail, GeneratePassword(), true);
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "مدير الموقع" };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        if (generated)
        {
            // Printed once, on purpose: this is the only place the generated password exists.
            Console.WriteLine($"NewsSite: created the development administrator {email} with password {password}");
        }
        else
        {
            logger.AdminCreated(email);
        }
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "7a";
}

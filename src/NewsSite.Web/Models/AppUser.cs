using Microsoft.AspNetCore.Identity;

namespace NewsSite.Web.Models;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}

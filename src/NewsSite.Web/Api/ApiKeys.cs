using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Api;

// A partner's key in the X-Api-Key header, compared in constant time with each configured key (NewsSite:Api:Keys).
// Keys shorter than 32 characters are ignored: a guessable key is no key.
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";
    private const int MinimumLength = 32;

    public static bool IsValid(HttpContext http)
    {
        var given = http.Request.Headers[Header].ToString();
        if (given.Length < MinimumLength)
        {
            return false;
        }

        var offered = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var keys = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Keys.Values;
        var match = false;
        foreach (var key in keys.Where(k => k.Length >= MinimumLength))
        {
            match |= CryptographicOperations.FixedTimeEquals(offered, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return match;
    }

    public static bool Offered(HttpContext http) => http.Request.Headers.ContainsKey(Header);
}

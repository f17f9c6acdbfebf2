using NewsSite.Web.Models;

namespace NewsSite.Web.Sharing;

public static class ShareNetworks
{
    public static IReadOnlyList<ShareNetwork> All { get; } = Enum.GetValues<ShareNetwork>();

    // The URL segment (/s/{code}/{slug}) and the utm_source value.
    public static string Slug(this ShareNetwork network) => network switch
    {
        ShareNetwork.Email => "email",
        ShareNetwork.Facebook => "facebook",
        ShareNetwork.X => "x",
        ShareNetwork.LinkedIn => "linkedin",
        ShareNetwork.Pinterest => "pinterest",
        ShareNetwork.WhatsApp => "whatsapp",
        ShareNetwork.Telegram => "telegram",
        _ => throw new ArgumentOutOfRangeException(nameof(network)),
    };

    public static string ArabicName(this ShareNetwork network) => network switch
    {
        ShareNetwork.Email => "البريد الإلكتروني",
        ShareNetwork.Facebook => "فيسبوك",
        ShareNetwork.X => "إكس (تويتر)",
        ShareNetwork.LinkedIn => "لينكدإن",
        ShareNetwork.Pinterest => "بنترست",
        ShareNetwork.WhatsApp => "واتساب",
        ShareNetwork.Telegram => "تيليجرام",
        _ => throw new ArgumentOutOfRangeException(nameof(network)),
    };

    // Exact, lower-case slugs only: anything else is an unknown network (404).
    public static bool TryParse(string? slug, out ShareNetwork network)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug, StringComparison.Ordinal))
            {
                network = candidate;
                return true;
            }
        }

        network = default;
        return false;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsSite.Web.Webhooks;

// X-NewsSite-Signature: sha256=<hex of HMAC-SHA256(secret, "<timestamp>.<body>")>, with the same timestamp (Unix
// seconds) in X-NewsSite-Timestamp. A receiver recomputes it over the raw body and rejects old timestamps (replays).
public static class WebhookSignature
{
    public const string SignatureHeader = "X-NewsSite-Signature";
    public const string TimestampHeader = "X-NewsSite-Timestamp";
    public const string EventHeader = "X-NewsSite-Event";
    public const string DeliveryHeader = "X-NewsSite-Delivery";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));

    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, seconds, body)), Encoding.ASCII.GetBytes(signature));
}

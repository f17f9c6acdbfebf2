using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsSite.Web.Api;

// Every time the site stores is UTC (SQLite hands them back without a kind); the API writes them with their Z so a
// partner's code never reads them as local time.
internal sealed class UtcTimes : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime());
}

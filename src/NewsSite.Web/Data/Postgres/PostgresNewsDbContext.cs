using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsSite.Web.Data.Postgres;

// The model on PostgreSQL: its own migrations (Postgres/Migrations, found by this type) and one convention. Every time
// the site stores is UTC (the *Utc names), but a DateTime read back from SQLite, or parsed from a form and converted,
// may say Unspecified; PostgreSQL's timestamptz takes UTC only, so every DateTime is stamped UTC on the way in and out.
public sealed class PostgresNewsDbContext(DbContextOptions<PostgresNewsDbContext> options) : NewsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // Also for parameters of SQL the site writes itself (the search index), which no converter sees.
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => AsUtc(value),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

// `dotnet ef migrations add Name --context PostgresNewsDbContext --output-dir Data/Postgres/Migrations` builds the model
// without a server; the connection string is never opened.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsDbContext>
{
    public PostgresNewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsDbContext>().UseNpgsql("Host=localhost;Database=newssite").Options);
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Nodes;

// Running on several nodes behind a load balancer: one database (PostgreSQL), and with ConnectionStrings:Redis set,
// Redis for what the nodes must share — the page cache and its evictions, the keys behind cookies and form tokens, and
// the change notifications that clear each node's own copies. Background jobs that must run once take a lease.
// Registered after the capabilities whose defaults it replaces (the in-memory page cache, the keys on disk).
internal static class NodesServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNodes(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NodeIdentity>();
        builder.Services.AddScoped<JobLeases>();
        var configuration = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return builder;
        }

        var redis = new RedisConnection(configuration, builder.Configuration["NewsSite:Redis:Prefix"] is { Length: > 0 } prefix ? prefix : "newssite:");
        builder.Services.AddSingleton(redis);
        builder.Services.RemoveAll<IOutputCacheStore>();
        builder.Services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
            o.InstanceName = redis.Prefix + "pages:";
        });
        builder.Services.AddDataProtection().PersistKeysToStackExchangeRedis(() => redis.Multiplexer.GetDatabase(), redis.Prefix + "data-protection-keys");
        builder.Services.AddSingleton<RedisChangeRelay>();
        builder.Services.AddSingleton<IChangeRelay>(s => s.GetRequiredService<RedisChangeRelay>());
        builder.Services.AddHostedService(s => s.GetRequiredService<RedisChangeRelay>());
        return builder;
    }
}

namespace NewsSite.Tests;

// A test that needs real PostgreSQL and Redis servers (NEWSSITE_TEST_POSTGRES, NEWSSITE_TEST_REDIS; `.ci/run` starts
// both): skipped, and said, when they are not there.
public sealed class ServersFactAttribute : FactAttribute
{
    public ServersFactAttribute()
    {
        if (TestServers.Postgres is null || TestServers.Redis is null)
        {
            Skip = "Needs PostgreSQL and Redis: run `bash .ci/run`, or set NEWSSITE_TEST_POSTGRES and NEWSSITE_TEST_REDIS.";
        }
    }
}

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

// A test that needs an S3-compatible server (NEWSSITE_TEST_S3; `.ci/run` starts one).
public sealed class S3FactAttribute : FactAttribute
{
    public S3FactAttribute()
    {
        if (TestServers.S3 is null)
        {
            Skip = "Needs an S3-compatible server: run `bash .ci/run`, or set NEWSSITE_TEST_S3.";
        }
    }
}

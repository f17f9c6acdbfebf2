using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Sharing;

// Every new article gets its short code as it is saved, whoever saves it (seed, newsroom, tests).
internal sealed class ShortCodeAssigner : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is NewsDbContext db)
        {
            ShortCodes.Assign(db, AddedArticles(db));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db)
        {
            await ShortCodes.AssignAsync(db, AddedArticles(db), cancellationToken);
        }

        return result;
    }

    private static List<Article> AddedArticles(NewsDbContext db)
    {
        db.ChangeTracker.DetectChanges();   // articles reached only through a navigation are found here
        return [.. db.ChangeTracker.Entries<Article>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];
    }
}

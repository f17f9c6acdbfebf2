using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Sharing;

public readonly record struct ShareKey(int ArticleId, ShareNetwork Network);

// Shares per article and network, buffered like page views (Counters/CountBuffer) and flushed by CountFlusher.
public sealed class ShareCounter : CountBuffer<ShareKey>
{
    public long PendingTotal(int articleId) => PendingWhere(key => key.ArticleId == articleId);

    protected internal override async Task ApplyAsync(NewsDbContext db, IReadOnlyList<KeyValuePair<ShareKey, long>> counts, CancellationToken cancellationToken)
    {
        foreach (var article in counts.GroupBy(c => c.Key.ArticleId))
        {
            var id = article.Key;
            var total = article.Sum(c => c.Value);
            var found = await db.Articles.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ShareCount, a => a.ShareCount + total), cancellationToken);
            if (found == 0)
            {
                continue;   // deleted meanwhile: its shares have nowhere to go
            }

            foreach (var (key, count) in article)
            {
                var network = key.Network;
                var updated = await db.ArticleShareCounts.Where(s => s.ArticleId == id && s.Network == network)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken);
                if (updated == 0)
                {
                    // The first share to this network. The flusher's transaction holds SQLite's write lock from its
                    // first update, so no other writer can insert the same row in between.
                    db.ArticleShareCounts.Add(new ArticleShareCount { ArticleId = id, Network = network, Count = count });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

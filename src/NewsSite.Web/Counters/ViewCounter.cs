using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Counters;

// Page views per article id.
public sealed class ViewCounter : CountBuffer<int>
{
    protected internal override async Task ApplyAsync(NewsDbContext db, IReadOnlyList<KeyValuePair<int, long>> counts, CancellationToken cancellationToken)
    {
        foreach (var (id, count) in counts)
        {
            await db.Articles.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), cancellationToken);
        }
    }
}

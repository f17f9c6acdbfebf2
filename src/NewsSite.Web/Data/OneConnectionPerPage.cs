using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// A page reads the database several times (an article: the story, its tags and bylines, the lists beside it, their
// cards). Left to itself EF opens and closes the connection around each statement, and for SQLite every open registers
// EF's SQL functions again and every close removes them. The page opens it once instead; EF counts opens, so the
// statements inside leave it open, and the request's DbContext closes it when it is disposed or returned to its pool.
internal sealed class OneConnectionPerPage(NewsDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}

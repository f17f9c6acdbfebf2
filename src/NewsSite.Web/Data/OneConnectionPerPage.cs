using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// A page reads the database several times (an article: the story, its tags and bylines, the lists beside it, their
// cards). Left to itself EF opens and closes the connection around each statement, and for SQLite every open registers
// EF's SQL functions again and every close removes them. A page that takes the DbContext opens it once for its handler
// instead (EF counts opens, so the statements inside leave it open) and closes it before the page is rendered: a
// PostgreSQL connection goes back to its pool as soon as the reading is done. Pages that don't take it (the error
// page) never open it: they must render when the database is what failed.
internal sealed class OneConnectionPerPage : IAsyncPageFilter
{
    private static readonly ConcurrentDictionary<Type, bool> ReadsDatabase = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!ReadsDatabase.GetOrAdd(context.HandlerInstance.GetType(), TakesDbContext))
        {
            await next();
            return;
        }

        var database = context.HttpContext.RequestServices.GetRequiredService<NewsDbContext>().Database;
        await database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static bool TakesDbContext(Type page) =>
        page.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType.IsAssignableTo(typeof(NewsDbContext))));
}

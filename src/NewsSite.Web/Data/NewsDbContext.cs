using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// The one model for every provider. On SQLite this type itself is the context (its migrations are in Migrations/); on
// PostgreSQL a subclass carries that provider's migrations and conventions (Postgres/).
public class NewsDbContext : IdentityDbContext<AppUser>
{
    public NewsDbContext(DbContextOptions<NewsDbContext> options)
        : base(options)
    {
    }

    protected NewsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<ArticleShareCount> ArticleShareCounts => Set<ArticleShareCount>();
    public DbSet<ArticleByline> ArticleBylines => Set<ArticleByline>();
    public DbSet<RetiredSlug> RetiredSlugs => Set<RetiredSlug>();
    public DbSet<FrontSlot> FrontSlots => Set<FrontSlot>();
    public DbSet<BreakingNews> BreakingNews => Set<BreakingNews>();
    public DbSet<LiveUpdate> LiveUpdates => Set<LiveUpdate>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<ArticleViewCount> ArticleViewCounts => Set<ArticleViewCount>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<ImportedPost> ImportedPosts => Set<ImportedPost>();
    public DbSet<SearchMiss> SearchMisses => Set<SearchMiss>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<EmbedPreview> EmbedPreviews => Set<EmbedPreview>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
    }
}

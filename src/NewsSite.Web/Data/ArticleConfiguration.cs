using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    // The implicit join table of stories and tags.
    public const string ArticleTags = "ArticleTags";

    private const string NotDeleted = "\"DeletedAtUtc\" IS NULL";

    public void Configure(EntityTypeBuilder<Article> builder)
    {
        ArticleContentMapping.Map(builder, a => a.Content);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => new { a.Status, a.ScheduledAtUtc });

        // Deleting is soft: a deleted story vanishes from every query unless one asks with IgnoreQueryFilters().
        builder.HasQueryFilter(a => a.DeletedAtUtc == null);
        builder.Property(a => a.ShortCode).HasMaxLength(16);
        builder.HasIndex(a => a.ShortCode).IsUnique();

        // The reader pages' queries: latest published overall, by section, by author (by tag goes through the join table).
        // Partial (live stories only), so a count or a deep page is answered from the index alone, never by reading
        // the large rows to check the soft-delete column.
        builder.HasIndex(a => new { a.Status, a.PublishedAtUtc }).HasFilter(NotDeleted);
        builder.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAtUtc }).HasFilter(NotDeleted);
        builder.HasIndex(a => new { a.AuthorId, a.Status, a.PublishedAtUtc }).HasFilter(NotDeleted);

        builder.HasOne(a => a.Section).WithMany(s => s.Articles).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Author).WithMany(s => s.Articles).OnDelete(DeleteBehavior.Restrict);
        // (TagsId, ArticlesId) lets "related stories" read a tag's newest stories, and a little-used tag's page its
        // stories, straight from the index (LinkedStories).
        builder.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity(ArticleTags, j => j.HasIndex("TagsId", "ArticlesId"));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class RetiredSlugConfiguration : IEntityTypeConfiguration<RetiredSlug>
{
    public void Configure(EntityTypeBuilder<RetiredSlug> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Slug).HasMaxLength(200);
        builder.HasIndex(r => new { r.Kind, r.Slug }).IsUnique();
    }
}

internal sealed class FrontSlotConfiguration : IEntityTypeConfiguration<FrontSlot>
{
    public void Configure(EntityTypeBuilder<FrontSlot> builder)
    {
        builder.HasIndex(f => new { f.SectionId, f.Position });
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Section>().WithMany().HasForeignKey(f => f.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BreakingNewsConfiguration : IEntityTypeConfiguration<BreakingNews>
{
    public void Configure(EntityTypeBuilder<BreakingNews> builder)
    {
        builder.Property(b => b.Headline).HasMaxLength(200);
        builder.Property(b => b.Link).HasMaxLength(500);
        builder.Property(b => b.UpdatedByName).HasMaxLength(256);
    }
}

internal sealed class LiveUpdateConfiguration : IEntityTypeConfiguration<LiveUpdate>
{
    public void Configure(EntityTypeBuilder<LiveUpdate> builder)
    {
        builder.Property(u => u.PostedByName).HasMaxLength(256);
        builder.HasIndex(u => new { u.ArticleId, u.Id });
        builder.HasOne<Article>().WithMany(a => a.LiveUpdates).HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasIndex(c => new { c.ArticleId, c.AtUtc });
        builder.HasOne<Article>().WithMany(a => a.Corrections).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleViewCountConfiguration : IEntityTypeConfiguration<ArticleViewCount>
{
    public void Configure(EntityTypeBuilder<ArticleViewCount> builder)
    {
        builder.HasKey(v => new { v.ArticleId, v.HourUtc });
        builder.HasIndex(v => v.HourUtc);
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

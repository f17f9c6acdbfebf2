using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        ArticleContentMapping.Map(builder, r => r.Content);
        builder.Property(r => r.Slug).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ChangeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Bylines).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.SavedByName).HasMaxLength(256);
        builder.HasIndex(r => new { r.ArticleId, r.SavedAtUtc });
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class ArticleShareCountConfiguration : IEntityTypeConfiguration<ArticleShareCount>
{
    public void Configure(EntityTypeBuilder<ArticleShareCount> builder)
    {
        builder.HasKey(s => new { s.ArticleId, s.Network });
        builder.Property(s => s.Network).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class ImportedPostConfiguration : IEntityTypeConfiguration<ImportedPost>
{
    public void Configure(EntityTypeBuilder<ImportedPost> builder)
    {
        builder.Property(p => p.Identifier).HasMaxLength(500);
        builder.Property(p => p.OldPath).HasMaxLength(1000);
        builder.HasIndex(p => p.Identifier).IsUnique();
        builder.HasIndex(p => p.OldPath);
        builder.HasIndex(p => p.WordPressId);
        builder.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

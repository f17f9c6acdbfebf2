using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.Property(m => m.Hash).HasMaxLength(64);
        builder.Property(m => m.OriginalFileName).HasMaxLength(200);
        builder.Property(m => m.Format).HasMaxLength(10);
        builder.HasIndex(m => m.Hash).IsUnique();
        builder.HasIndex(m => m.UploadedAtUtc);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Device).HasMaxLength(200);
        builder.HasIndex(s => new { s.UserId, s.EndedAtUtc });
    }
}

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(1000);
    }
}

internal sealed class EmbedPreviewConfiguration : IEntityTypeConfiguration<EmbedPreview>
{
    public void Configure(EntityTypeBuilder<EmbedPreview> builder)
    {
        builder.HasKey(p => p.Url);
        builder.Property(p => p.Url).HasMaxLength(1000);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.ImagePath).HasMaxLength(500);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.Property(s => s.GoogleNewsUrl).HasMaxLength(500);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}

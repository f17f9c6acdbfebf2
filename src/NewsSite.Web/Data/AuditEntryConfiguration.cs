using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.ArticleId);
    }
}

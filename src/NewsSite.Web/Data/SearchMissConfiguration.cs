using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class SearchMissConfiguration : IEntityTypeConfiguration<SearchMiss>
{
    public void Configure(EntityTypeBuilder<SearchMiss> builder)
    {
        builder.HasKey(m => m.Query);
        builder.Property(m => m.Query).HasMaxLength(200);
        builder.HasIndex(m => new { m.LastAtUtc, m.Count });
    }
}

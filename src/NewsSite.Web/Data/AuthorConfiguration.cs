using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(150);
        builder.Property(a => a.Slug).HasMaxLength(150);
        builder.Property(a => a.Bio).HasMaxLength(1000);
        builder.Property(a => a.PhotoPath).HasMaxLength(500);
        builder.Property(a => a.JobTitle).HasMaxLength(150);
        builder.Property(a => a.XHandle).HasMaxLength(50);
        builder.Property(a => a.InstagramHandle).HasMaxLength(50);
        builder.Property(a => a.FacebookUrl).HasMaxLength(300);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.UserId);
    }
}

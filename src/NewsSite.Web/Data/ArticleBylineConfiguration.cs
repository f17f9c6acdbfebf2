using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal sealed class ArticleBylineConfiguration : IEntityTypeConfiguration<ArticleByline>
{
    public void Configure(EntityTypeBuilder<ArticleByline> builder)
    {
        builder.HasKey(b => new { b.ArticleId, b.AuthorId });
        // An author's page reads their stories from here, newest id first.
        builder.HasIndex(b => new { b.AuthorId, b.ArticleId });
        builder.HasOne<Article>().WithMany(a => a.Bylines).HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// Article and ArticleRevision store their ArticleContent in the same plain columns (Title, BodyMarkdown, …).
internal static class ArticleContentMapping
{
    public static void Map<TEntity>(EntityTypeBuilder<TEntity> entity, System.Linq.Expressions.Expression<Func<TEntity, ArticleContent?>> content)
        where TEntity : class =>
        entity.ComplexProperty(content, c =>
        {
            c.IsRequired();
            c.Property(x => x.Title).HasColumnName(nameof(ArticleContent.Title)).HasMaxLength(200);
            c.Property(x => x.Standfirst).HasColumnName(nameof(ArticleContent.Standfirst)).HasMaxLength(500);
            c.Property(x => x.BodyMarkdown).HasColumnName(nameof(ArticleContent.BodyMarkdown));
            c.Property(x => x.Credit).HasColumnName(nameof(ArticleContent.Credit)).HasMaxLength(100);
            c.Property(x => x.ImagePath).HasColumnName(nameof(ArticleContent.ImagePath)).HasMaxLength(500);
            c.Property(x => x.ImageWidth).HasColumnName(nameof(ArticleContent.ImageWidth));
            c.Property(x => x.ImageHeight).HasColumnName(nameof(ArticleContent.ImageHeight));
            c.Property(x => x.ImageAlt).HasColumnName(nameof(ArticleContent.ImageAlt)).HasMaxLength(300);
            c.Property(x => x.ImageCaption).HasColumnName(nameof(ArticleContent.ImageCaption)).HasMaxLength(500);
            c.Property(x => x.ImageCredit).HasColumnName(nameof(ArticleContent.ImageCredit)).HasMaxLength(100);
            c.Property(x => x.SeoTitle).HasColumnName(nameof(ArticleContent.SeoTitle)).HasMaxLength(200);
            c.Property(x => x.SeoDescription).HasColumnName(nameof(ArticleContent.SeoDescription)).HasMaxLength(300);
        });
}

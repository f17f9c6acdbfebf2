using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ImageHeight",
                table: "ArticleRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImageWidth",
                table: "ArticleRevisions",
                type: "INTEGER",
                nullable: true);

            // Revisions now keep the picture's size with the rest of the content; older ones take it from their
            // article when they show the same picture (a restored revision otherwise looks its size up again).
            migrationBuilder.Sql("""
                UPDATE ArticleRevisions
                SET ImageWidth = (SELECT a.ImageWidth FROM Articles a WHERE a.Id = ArticleRevisions.ArticleId AND a.ImagePath = ArticleRevisions.ImagePath),
                    ImageHeight = (SELECT a.ImageHeight FROM Articles a WHERE a.Id = ArticleRevisions.ArticleId AND a.ImagePath = ArticleRevisions.ImagePath)
                WHERE ImagePath IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImageHeight",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "ImageWidth",
                table: "ArticleRevisions");
        }
    }
}

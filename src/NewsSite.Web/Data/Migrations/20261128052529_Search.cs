using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagsId_ArticlesId",
                table: "ArticleTags",
                columns: new[] { "TagsId", "ArticlesId" });

            // The FTS5 search index is not part of the EF model, so its DDL is written out here, frozen as it was on
            // the day of this migration (Search/SqliteFtsSearchIndex reads and writes it). Contentless: the articles
            // table keeps the text; contentless_delete lets a story be replaced by rowid; published is stored for the
            // recency boost. Existing articles are indexed at the next start (SearchIndexer.EnsurePopulatedAsync).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    title, standfirst, body, tags, head_stems, body_stems,
                    published UNINDEXED,
                    content = '', contentless_delete = 1, contentless_unindexed = 1,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagsId_ArticlesId",
                table: "ArticleTags");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags",
                column: "TagsId");
        }
    }
}

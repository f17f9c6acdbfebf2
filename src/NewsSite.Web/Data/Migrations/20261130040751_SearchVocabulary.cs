using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchMisses",
                columns: table => new
                {
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchMisses", x => x.Query);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchMisses_LastAtUtc_Count",
                table: "SearchMisses",
                columns: new[] { "LastAtUtc", "Count" });

            // The search index gets the story's section (an unindexed column), so a search is narrowed and counted by
            // section without reading the articles table. FTS5 cannot add a column: a new table replaces ArticleSearch
            // (a new name, and the old one's _content table dropped by hand: SQLite's FTS5 leaves it behind when a table with
            // contentless_unindexed is dropped), empty, filled at the next start (SearchIndexer.EnsurePopulatedAsync;
            // about a minute per 100,000 stories).
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch_content;");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE StorySearch USING fts5(
                    title, standfirst, body, tags, head_stems, body_stems,
                    published UNINDEXED, section UNINDEXED,
                    content = '', contentless_delete = 1, contentless_unindexed = 1,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);

            // Its words with the number of stories having each, per column, kept by FTS5 itself: spelling suggestions
            // and names written apart or together look words up here.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE StorySearchVocabulary USING fts5vocab(StorySearch, 'col');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS StorySearchVocabulary;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS StorySearch;");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    title, standfirst, body, tags, head_stems, body_stems,
                    published UNINDEXED,
                    content = '', contentless_delete = 1, contentless_unindexed = 1,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);

            migrationBuilder.DropTable(
                name: "SearchMisses");
        }
    }
}

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

            // The words of the search index with the number of stories having each, per column, kept by FTS5 itself:
            // spelling suggestions and name joining look words up here (Search/SqliteFtsSearchIndex).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearchVocabulary USING fts5vocab(ArticleSearch, 'col');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearchVocabulary;");

            migrationBuilder.DropTable(
                name: "SearchMisses");
        }
    }
}

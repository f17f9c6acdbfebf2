using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WordPressImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportedPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WordPressId = table.Column<long>(type: "INTEGER", nullable: false),
                    OldPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedPosts_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPosts_ArticleId",
                table: "ImportedPosts",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPosts_Identifier",
                table: "ImportedPosts",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPosts_OldPath",
                table: "ImportedPosts",
                column: "OldPath");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPosts_WordPressId",
                table: "ImportedPosts",
                column: "WordPressId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedPosts");
        }
    }
}

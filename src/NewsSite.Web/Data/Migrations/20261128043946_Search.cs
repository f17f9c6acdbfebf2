using Microsoft.EntityFrameworkCore.Migrations;
using NewsSite.Web.Search;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The FTS5 table is not part of the EF model; its DDL lives in SearchIndexSchema. Existing articles are
            // indexed at the next start (SearchIndexer.EnsurePopulatedAsync).
            migrationBuilder.Sql(SearchIndexSchema.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSchema.DropSql);
        }
    }
}

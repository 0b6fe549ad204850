using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace A11yFeed.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourceTemplateMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SourceTemplateBlocks",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "text", nullable: false),
                    Fingerprint = table.Column<long>(type: "bigint", nullable: false),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceTemplateBlocks", x => new { x.SourceId, x.Fingerprint, x.ArticleId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SourceTemplateBlocks_SourceId_ArticleId",
                table: "SourceTemplateBlocks",
                columns: new[] { "SourceId", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SourceTemplateBlocks");
        }
    }
}

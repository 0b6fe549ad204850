using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace A11yFeed.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PollClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextPollAt",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PollClaim",
                table: "Sources",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<long>(
                name: "PollClaimExpiresAt",
                table: "Sources",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextPollAt",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PollClaim",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PollClaimExpiresAt",
                table: "Sources");
        }
    }
}

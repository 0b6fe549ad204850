using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace A11yFeed.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: false),
                    FeedGuid = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DiscoveredAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: true),
                    InlineContent = table.Column<string>(type: "text", nullable: true),
                    InlineContentType = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Subtitle = table.Column<string>(type: "text", nullable: true),
                    Author = table.Column<string>(type: "text", nullable: true),
                    Organisation = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    Language = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Captions = table.Column<string>(type: "text", nullable: true),
                    ImagesJson = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: true),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<long>(type: "bigint", nullable: true),
                    AudioKey = table.Column<string>(type: "text", nullable: true),
                    AudioBytes = table.Column<long>(type: "bigint", nullable: true),
                    AudioDurationMs = table.Column<long>(type: "bigint", nullable: true),
                    AudioHash = table.Column<string>(type: "text", nullable: true),
                    SentenceTimingsJson = table.Column<string>(type: "text", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    FailureCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    LastPolledAt = table.Column<long>(type: "bigint", nullable: true),
                    LastSucceededAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<long>(type: "bigint", nullable: true),
                    NextPollAt = table.Column<long>(type: "bigint", nullable: true),
                    PollClaim = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PollClaimExpiresAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_FeedGuid",
                table: "Articles",
                column: "FeedGuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceId_ContentHash",
                table: "Articles",
                columns: new[] { "SourceId", "ContentHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceId_Url",
                table: "Articles",
                columns: new[] { "SourceId", "Url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt" });

            // The feed cache's change counter (DatabaseChangeCounter): one row that every statement changing the
            // articles counts up in the same transaction, so a web process sees a worker's change once it commits.
            migrationBuilder.Sql("""
                CREATE TABLE "ChangeCounter" ("Id" integer PRIMARY KEY, "Value" bigint NOT NULL);
                INSERT INTO "ChangeCounter" ("Id", "Value") VALUES (1, 0);
                CREATE FUNCTION a11yfeed_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ChangeCounter" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Articles_CountChange" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Articles"
                    FOR EACH STATEMENT EXECUTE FUNCTION a11yfeed_count_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Articles_CountChange" ON "Articles";
                DROP FUNCTION a11yfeed_count_change();
                DROP TABLE "ChangeCounter";
                """);

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}

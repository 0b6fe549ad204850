using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace A11yFeed.Storage.Migrations.Postgres
{
    // A migration is history: the channel is written out, not taken from PostgresChangeListener.Channel, which
    // must keep naming it.
    /// <summary>
    /// The change counter's trigger also sends a notification, delivered to listeners when the transaction commits,
    /// so a web process keeps its feed cache current without asking the database on every request
    /// (<see cref="PostgresChangeListener"/>). PostgreSQL only: SQLite's <c>PRAGMA data_version</c> is read in process.
    /// </summary>
    public partial class ChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION a11yfeed_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ChangeCounter" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    PERFORM pg_notify('a11yfeed_changes', '');
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION a11yfeed_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ChangeCounter" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END $$;
                """);
        }
    }
}

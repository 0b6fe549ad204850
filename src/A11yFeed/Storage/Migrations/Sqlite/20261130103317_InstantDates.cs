using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace A11yFeed.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Dates were stored by EF Core's DateTimeOffsetToBinaryConverter: local wall-clock time in units of 0.1 ms shifted
    /// left 11 bits, the offset in minutes in the low 11 bits (two's complement). That orders by wall-clock time, so
    /// 01:00Z stored as 09:00+08:00 sorted after 02:00Z. This rewrites every date as InstantOffsetConverter does: UTC
    /// time in the high bits and the offset plus 1024 in the low bits, which orders by the instant.
    /// </summary>
    public partial class InstantDates : Migration
    {
        private static readonly (string Table, string[] Columns)[] Dates =
        [
            ("Articles", ["DiscoveredAt", "UpdatedAt", "PublishedAt", "LastModified"]),
            ("Sources", ["LastPolledAt", "LastSucceededAt", "LastModified", "NextPollAt", "PollClaimExpiresAt"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, columns) in Dates)
            {
                // 600000 units of 0.1 ms make a minute; the offset sign-extends from 11 bits.
                var sets = columns.Select(c =>
                    $"\"{c}\" = CASE WHEN \"{c}\" IS NULL THEN NULL ELSE " +
                    $"((((\"{c}\" >> 11) - {Offset(c)} * 600000) << 11) | ({Offset(c)} + 1024)) END");
                migrationBuilder.Sql($"UPDATE \"{table}\" SET {string.Join(", ", sets)};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, columns) in Dates)
            {
                var sets = columns.Select(c =>
                    $"\"{c}\" = CASE WHEN \"{c}\" IS NULL THEN NULL ELSE " +
                    $"((((\"{c}\" >> 11) + ((\"{c}\" & 2047) - 1024) * 600000) << 11) | (((\"{c}\" & 2047) - 1024) & 2047)) END");
                migrationBuilder.Sql($"UPDATE \"{table}\" SET {string.Join(", ", sets)};");
            }
        }

        private static string Offset(string column) =>
            $"(CASE WHEN (\"{column}\" & 2047) >= 1024 THEN (\"{column}\" & 2047) - 2048 ELSE (\"{column}\" & 2047) END)";
    }
}

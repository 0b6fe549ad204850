using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Storage;

/// <summary>The article database on SQLite, the embedded default; its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteA11yFeedDbContext(DbContextOptions<SqliteA11yFeedDbContext> options) : A11yFeedDbContext(options);

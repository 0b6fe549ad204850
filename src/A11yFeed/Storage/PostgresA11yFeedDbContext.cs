using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Storage;

/// <summary>The article database on PostgreSQL, shared by several processes; its migrations are in Storage/Migrations/Postgres.</summary>
public sealed class PostgresA11yFeedDbContext(DbContextOptions<PostgresA11yFeedDbContext> options) : A11yFeedDbContext(options);

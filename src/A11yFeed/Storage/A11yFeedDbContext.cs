using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace A11yFeed.Storage;

public sealed class A11yFeedDbContext(DbContextOptions<A11yFeedDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<SourceState> Sources => Set<SourceState>();
    public DbSet<SourceTemplateBlock> SourceTemplateBlocks => Set<SourceTemplateBlock>();

    /// <summary>
    /// A transaction that holds the write lock from its first statement, so a read inside it and the write that
    /// depends on that read see no other writer in between (SQLite starts it as BEGIN IMMEDIATE).
    /// </summary>
    public Task<IDbContextTransaction> BeginWriteTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var article = modelBuilder.Entity<Article>();
        article.HasIndex(a => new { a.SourceId, a.Url }).IsUnique();
        article.HasIndex(a => a.FeedGuid).IsUnique();
        article.HasIndex(a => new { a.SourceId, a.ContentHash });
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);

        var source = modelBuilder.Entity<SourceState>();
        source.HasKey(s => s.Id);
        source.Property(s => s.PollClaim).HasConversion<string>().HasMaxLength(16);

        var template = modelBuilder.Entity<SourceTemplateBlock>();
        template.HasKey(t => new { t.SourceId, t.Fingerprint, t.ArticleId });
        template.HasIndex(t => new { t.SourceId, t.ArticleId });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date type: this encoding keeps the offset and sorts by the instant.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}

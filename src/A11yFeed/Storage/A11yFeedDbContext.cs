using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Storage;

/// <summary>
/// The article database. The provider is chosen by <see cref="StorageOptions.Provider"/>; each provider has its own
/// subclass (<see cref="SqliteA11yFeedDbContext"/>, <see cref="PostgresA11yFeedDbContext"/>) only so that each has
/// its own migrations, and everything else asks for this type.
/// </summary>
public class A11yFeedDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<SourceState> Sources => Set<SourceState>();
    public DbSet<SourceTemplateBlock> SourceTemplateBlocks => Set<SourceTemplateBlock>();

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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<InstantOffsetConverter>();
}

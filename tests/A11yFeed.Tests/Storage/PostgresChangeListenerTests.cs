using A11yFeed.Storage;
using A11yFeed.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace A11yFeed.Tests.Storage;

/// <summary>
/// The feed cache's change count on PostgreSQL, from notifications: no round trip per request, and no stale feed
/// when the listening connection is lost.
/// </summary>
public sealed class PostgresChangeListenerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private readonly FeedTestDatabase _database = PostgresServer.IsAvailable ? FeedTestDatabase.Postgres() : new FeedTestDatabase();

    [PostgresFact]
    public async Task Read_WhileListening_AnswersWithoutAskingTheDatabase()
    {
        await using var services = _database.AddTo(new ServiceCollection()).BuildServiceProvider();
        using var changes = new DatabaseChangeCounter(services);
        changes.Read();
        await WaitUntilAsync("the change listener listens", () => changes.Listening);
        var before = changes.Read();

        // Cut every session of the database but the listener's: a count that had to ask would now fail (null).
        await TerminateAsync($"application_name <> '{PostgresChangeListener.ApplicationName}'");

        Assert.NotNull(before);
        Assert.Equal(before, changes.Read());
        await _database.AddAsync(SampleArticles.Ready("city", "new", "New", null, Now));
        await WaitUntilAsync("the count moves on the commit's notification", () => changes.Read() != before);
    }

    [PostgresFact]
    public async Task Read_WhenTheListenerIsCut_CountsTheGapAsAChange_AndListensAgain()
    {
        await using var services = _database.AddTo(new ServiceCollection()).BuildServiceProvider();
        using var changes = new DatabaseChangeCounter(services);
        changes.Read();
        await WaitUntilAsync("the change listener listens", () => changes.Listening);
        var before = changes.Read();

        // Whatever was committed while nobody listened is unknown, so the cut itself must move the count: a feed
        // cached before it is never served after it.
        await TerminateAsync($"application_name = '{PostgresChangeListener.ApplicationName}'");
        await WaitUntilAsync("the cut moves the count", () => changes.Read() != before);
        await WaitUntilAsync("the change listener listens again", () => changes.Listening);
        var reconnected = changes.Read();
        await _database.AddAsync(SampleArticles.Ready("city", "new", "New", null, Now));

        await WaitUntilAsync("a commit after the reconnection moves the count", () => changes.Read() != reconnected);
    }

    /// <summary>Waits (bounded, 30 s) for something another connection or thread brings about.</summary>
    internal static async Task WaitUntilAsync(string what, Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 600, $"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }

    private async Task TerminateAsync(string which)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        var database = new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database;
        await using var command = new NpgsqlCommand(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{database}' AND {which}", connection);
        Assert.True((long)(await command.ExecuteScalarAsync())! > 0, $"No session matched {which}.");
    }

    public void Dispose() => _database.Dispose();
}

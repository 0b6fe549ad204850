using Npgsql;

namespace A11yFeed.Storage;

/// <summary>
/// Holds one connection that LISTENs for the notification the articles' change trigger sends (migration
/// <c>ChangeNotifications</c>) and counts what it hears, so that <see cref="DatabaseChangeCounter"/> can answer
/// without a round trip to the database. PostgreSQL delivers a notification when the transaction that sent it
/// commits, so a reader never moves on before the change is visible; it hears it a moment (on one machine, well
/// under a millisecond) after the commit. When the connection fails the listener says so, counts the gap as a
/// change (what it missed is unknown) and connects again.
/// </summary>
public sealed class PostgresChangeListener : IDisposable
{
    /// <summary>The channel the trigger notifies; the <c>ChangeNotifications</c> migration spells it out.</summary>
    public const string Channel = "a11yfeed_changes";

    /// <summary>The listener connection's application name, by which an operator (or a test) can find it in pg_stat_activity.</summary>
    public const string ApplicationName = "a11yfeed-change-listener";

    // A connection cut without a word (a firewall, a dead peer) is silent while it waits; a query now and then
    // proves it is alive.
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReconnectAfter = TimeSpan.FromSeconds(2);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _generation;
    private volatile bool _listening;

    public PostgresChangeListener(string connectionString, TimeProvider time, ILogger logger)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ApplicationName,
            // Held for the life of the process, never shared: a pooled connection would be reset (UNLISTEN) on return.
            Pooling = false,
        }.ConnectionString;
        _time = time;
        _logger = logger;
        _loop = Task.Run(ListenAsync);
    }

    /// <summary>True while the connection is listening; until then, and after it fails, changes may go unheard.</summary>
    public bool Listening => _listening;

    /// <summary>A number that moves on every notification heard, and whenever listening starts or stops.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Moves <see cref="Generation"/>: for a change learnt another way while not listening.</summary>
    public void CountChange() => Interlocked.Increment(ref _generation);

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += (_, _) => CountChange();
                await connection.OpenAsync(_stop.Token);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                // Anything cached before this point may predate a commit no notification will report.
                CountChange();
                _listening = true;
                _logger.LogInformation("Listening for article changes on channel {Channel}", Channel);
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                while (true)
                {
                    if (!await connection.WaitAsync(ProbeEvery, _stop.Token))
                    {
                        await probe.ExecuteScalarAsync(_stop.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever ended the loop (a lost connection, a refused login, a database being dropped), it must
                // not end silently with Listening still true: the feeds would be stale until the process restarts.
                var wasListening = _listening;
                _listening = false;
                CountChange();
                _logger.LogWarning(ex,
                    "Not listening for article changes (was listening: {WasListening}); feeds ask the database on each request until listening again",
                    wasListening);
            }

            try
            {
                await Task.Delay(ReconnectAfter, _time, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        // The loop ends at its next await once cancelled; waiting briefly lets it close its connection cleanly.
        if (_loop.Wait(TimeSpan.FromSeconds(5)))
        {
            _stop.Dispose();
        }
    }
}

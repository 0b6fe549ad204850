using System.Diagnostics;
using Npgsql;

namespace A11yFeed.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests of Storage:Provider=Postgres use: the one scripts/test started (its connection
/// string in A11YFEED_TEST_POSTGRES), or else a throwaway one this test run starts itself with
/// scripts/throwaway-postgres and stops when it ends. Each test makes its own database on it.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "A11YFEED_TEST_POSTGRES";

    private static readonly Lazy<string> Started = new(Start);

    /// <summary>Whether the tests can have a server: one is given, or Debian's postgresql package is installed.</summary>
    public static bool IsAvailable =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 }
        || (Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any());

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : Started.Value;

    /// <summary>Makes an empty database of its own for one test; its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "a11yfeed_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, ending the sessions still on it.</summary>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "a11yfeed-tests-postgres-" + Guid.NewGuid().ToString("N"));
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "throwaway-postgres");
        var connectionString = Run(script, "start", folder).Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", folder);
        return connectionString;
    }

    private static string Run(string script, string verb, string folder)
    {
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{script} {verb} failed: {error}");
    }
}

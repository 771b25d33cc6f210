using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Infrastructure;

/// <summary>
/// The real app on a database of its own: a temporary SQLite file, or a new database on the test PostgreSQL
/// server (<c>RELAIS_TEST_POSTGRES</c>, started by scripts/test.sh). Demo data is off unless asked for.
/// </summary>
public sealed class RelaisAppFactory : WebApplicationFactory<Program>
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;

    private const string MergeSetting = "Dedup:MergeAfterImport";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public RelaisAppFactory(DatabaseProvider provider, bool demoData = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        Provider = provider;
        DemoData = demoData;
        if (provider == DatabaseProvider.Sqlite)
        {
            _sqliteFile = TestPaths.NewTempFile(".db");
            ConnectionString = $"Data Source={_sqliteFile}";
        }
        else
        {
            _postgresDatabase = $"relais_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _postgresDatabase, Pooling = false }.ToString();
        }
    }

    /// <summary>A second instance of the app on this one's database (as behind a load balancer); it never drops the database.</summary>
    public RelaisAppFactory SecondInstance(IReadOnlyDictionary<string, string>? settings = null) => new(this, settings);

    private RelaisAppFactory(RelaisAppFactory first, IReadOnlyDictionary<string, string>? settings)
    {
        _settings = settings ?? first._settings;
        Provider = first.Provider;
        DemoData = first.DemoData;
        ConnectionString = first.ConnectionString;
    }

    public DatabaseProvider Provider { get; }

    public bool DemoData { get; }

    public string ConnectionString { get; }

    /// <summary>Settings for a CLI process that must use the same database.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Database__Provider"] = Provider.ToString(),
        ["Database__ConnectionString"] = ConnectionString,
        ["Seed__DemoData"] = DemoData ? "true" : "false",
        ["Dedup__MergeAfterImport"] = _settings.GetValueOrDefault(MergeSetting, "false"),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building its services.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Seed:DemoData", DemoData ? "true" : "false");
        // Scheduled jobs stay off unless a test turns them on (their mails would reach other tests' SMTP listeners).
        builder.UseSetting("Jobs:Enabled", "false");

        // Most tests import rows made from one base row (same pivot, address, point and phone): merging them
        // is not what they test. Merge tests turn it back on in their settings.
        builder.UseSetting(MergeSetting, "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public T Get<T>(AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        if (_postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

public static class PostgresServer
{
    public static string ConnectionString =>
        System.Environment.GetEnvironmentVariable("RELAIS_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("RELAIS_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts a local PostgreSQL.");
}

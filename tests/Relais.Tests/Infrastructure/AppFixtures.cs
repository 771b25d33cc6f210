using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Infrastructure;

/// <summary>One app and database per provider, shared by a test class; tests keep their data apart by source name.</summary>
public abstract class AppFixture(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    public RelaisAppFactory App { get; } = new(provider, settings: settings);

    public async Task InitializeAsync()
    {
        // Starting the server migrates the database and loads the reference tables.
        using var client = App.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(DatabaseProvider.Postgres);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Relais.Web.Infrastructure.Data;

/// <summary>
/// Creates or upgrades the schema. On PostgreSQL an advisory lock makes concurrent instances wait for each other
/// (the only provider-specific SQL of this concern); SQLite serialises writers itself.
/// </summary>
public sealed class DatabaseMigrator(AppDbContext db, DatabaseOptions options)
{
    private const long MigrationLockKey = 0x52454C414953; // "RELAIS"

    public async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Postgres)
        {
            return NoLock.Instance;
        }

        // The lock needs a connection to the database, so a new database is created first; a concurrent
        // instance may win that race (42P04 duplicate_database), which is fine.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState == "42P04")
            {
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        return new PostgresLock(db);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the web pages) go on while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class PostgresLock(AppDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}

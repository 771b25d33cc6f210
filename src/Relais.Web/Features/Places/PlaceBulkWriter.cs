using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Places;

/// <summary>
/// Writes many places fast inside the caller's transaction, with each database's own bulk path (see
/// docs/adr/0003-bulk-import.md): PostgreSQL gets a binary <c>COPY</c> into a temporary table, then one
/// <c>INSERT … SELECT … ON CONFLICT (id) DO UPDATE</c>; SQLite, in-process, one prepared upsert stepped through
/// its C API, parameters bound by position. Columns come from the EF model. EF's change tracker, and ADO.NET's
/// by-name parameter binding, cost more than the writes themselves at 100,000 rows.
/// This is the only provider-specific code of the import.
/// </summary>
internal sealed class PlaceBulkWriter : IAsyncDisposable
{
    private const string ImportTable = "places_import";
    private readonly AppDbContext _db;
    private readonly Column[] _columns;
    private readonly string _table;
    private readonly bool _sqlite;
    private SqliteStatement? _sqliteUpsert;
    private bool _importTableCreated;

    public PlaceBulkWriter(AppDbContext db)
    {
        _db = db;
        _sqlite = db.Database.IsSqlite();
        var entity = db.Model.FindEntityType(typeof(Place))!;
        _table = entity.GetTableName()!;
        // The charter is written by the place's team, never by a source: an upsert leaves it as it is.
        _columns = [.. entity.GetProperties().Where(p => p.Name != nameof(Place.Charter)).Select(p => new Column(p))];
    }

    /// <summary>Upserts places; on SQLite the call completes synchronously (the engine runs in-process).</summary>
    public Task UpsertAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        if (places.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (_sqlite)
        {
            UpsertSqlite(places, cancellationToken);
            return Task.CompletedTask;
        }

        return UpsertPostgresAsync(places, cancellationToken);
    }

    /// <summary>Removes places by id (those that left their source), in chunks.</summary>
    public Task<int> DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => new BulkRows<Place>(_db).DeleteAsync(ids, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _sqliteUpsert?.Dispose();
        return ValueTask.CompletedTask;
    }

    // A moderator's unpublication outlives later runs of the place's source.
    private string Upsert(string valuesClause) =>
        $"INSERT INTO \"{_table}\" ({ColumnList()}) {valuesClause} ON CONFLICT (\"id\") DO UPDATE SET "
        + string.Join(", ", _columns.Where(c => c.Name is not "id" and not "unpublished_at").Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\""));

    private string ColumnList() => string.Join(", ", _columns.Select(c => $"\"{c.Name}\""));

    private void UpsertSqlite(IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        if (_sqliteUpsert is null)
        {
            // Nine B-trees with random UUID keys: the default 2 MB page cache thrashes.
            _db.Database.ExecuteSqlRaw("PRAGMA cache_size = -131072");
            _sqliteUpsert = new SqliteStatement(_db, Upsert($"VALUES ({string.Join(", ", _columns.Select((_, i) => $"?{i + 1}"))})"));
        }

        foreach (var place in places)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < _columns.Length; i++)
            {
                _sqliteUpsert.Bind(i + 1, _columns[i].Value(place));
            }

            _sqliteUpsert.Execute();
        }
    }

    private async Task UpsertPostgresAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)_db.Database.GetDbConnection();
        if (!_importTableCreated)
        {
            await ExecuteAsync($"CREATE TEMP TABLE IF NOT EXISTS {ImportTable} (LIKE \"{_table}\" INCLUDING DEFAULTS) ON COMMIT DROP", cancellationToken);
            _importTableCreated = true;
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {ImportTable} ({ColumnList()}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var place in places)
            {
                await copy.StartRowAsync(cancellationToken);
                foreach (var column in _columns)
                {
                    await column.CopyAsync(copy, place, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(Upsert($"SELECT {ColumnList()} FROM {ImportTable}"), cancellationToken);
        await ExecuteAsync($"TRUNCATE {ImportTable}", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand()
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction.");
        return command;
    }

    /// <summary>One column of the places table: its name and its value (as PostgreSQL's binary copy takes it).</summary>
    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public string Name { get; } = property.GetColumnName();

        /// <summary>The value as the entity holds it; <see cref="SqliteStatement.Bind"/> stores it as EF's SQLite provider does.</summary>
        public object? Value(Place place) => _getter.GetClrValue(place);

        public Task CopyAsync(NpgsqlBinaryImporter copy, Place place, CancellationToken cancellationToken) => _getter.GetClrValue(place) switch
        {
            null => copy.WriteNullAsync(cancellationToken),
            string text => copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
            double number => copy.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
            bool flag => copy.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
            int integer => copy.WriteAsync(integer, NpgsqlDbType.Integer, cancellationToken),
            Enum flags => copy.WriteAsync(Convert.ToInt32(flags, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
            DateOnly date => copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
            DateTimeOffset instant => copy.WriteAsync(instant.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
            var other => throw new NotSupportedException($"Column {Name}: {other.GetType().Name}"),
        };
    }
}

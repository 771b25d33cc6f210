using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Relais.Web.Infrastructure.Data;

/// <summary>
/// Writes many rows of one entity type in the caller's transaction, bypassing EF's change tracker: on PostgreSQL
/// with multi-row statements (<c>INSERT … VALUES (…), (…) [ON CONFLICT (key) DO UPDATE]</c>, <c>DELETE … WHERE key
/// IN (…)</c>), on SQLite with one prepared statement per row bound by position (<see cref="SqliteStatement"/>): at
/// tens of thousands of rows, tracking and EF's statements cost far more than the writes (docs/adr/0017-bulk-merge-writes.md). Tables, columns and value conversions come from the EF model, so the
/// rows read back exactly as EF would have written them; store-generated keys are left to the database.
/// </summary>
public sealed class BulkRows<T>
    where T : class
{
    /// <summary>Both engines accept tens of thousands of parameters per statement; this keeps statements short.</summary>
    private const int MaxParameters = 2_000;

    private readonly AppDbContext _db;
    private readonly string _table;
    private readonly IProperty[] _columns;
    private readonly IProperty[] _keys;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly IClrPropertyGetter[] _getters;
    private readonly bool _sqlite;

    public BulkRows(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        _table = entity.GetTableName()!;
        _keys = [.. entity.FindPrimaryKey()!.Properties];
        _columns = [.. entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && IsNumeric(p.ClrType)))];
        _mappings = [.. _columns.Select(p => p.GetRelationalTypeMapping())];
        _getters = [.. _columns.Select(p => p.GetGetter())];
        _sqlite = db.Database.IsSqlite();
    }

    /// <summary>Inserts the rows; with <paramref name="upsert"/>, a row whose key exists replaces it.</summary>
    public async Task<int> InsertAsync(IReadOnlyCollection<T> rows, bool upsert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var names = string.Join(", ", _columns.Select(c => Quote(c.GetColumnName())));
        var conflict = !upsert ? string.Empty
            : $" ON CONFLICT ({string.Join(", ", _keys.Select(k => Quote(k.GetColumnName())))}) DO UPDATE SET "
              + string.Join(", ", _columns.Where(c => !c.IsPrimaryKey()).Select(c => $"{Quote(c.GetColumnName())} = excluded.{Quote(c.GetColumnName())}"));
        var insert = $"INSERT INTO {Quote(_table)} ({names}) VALUES ";
        return _sqlite
            ? await InsertOneByOneAsync(rows, insert, conflict, cancellationToken)
            : await InsertManyAsync(rows, insert, conflict, cancellationToken);
    }

    /// <summary>Sets one column of the rows with these (single-column) keys, each to its own value.</summary>
    public async Task<int> UpdateAsync(string propertyName, IReadOnlyCollection<(object Key, object? Value)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var key = SingleKey();
        var property = _columns.Single(c => c.Name == propertyName);
        var (keyMapping, valueMapping) = (key.GetRelationalTypeMapping(), property.GetRelationalTypeMapping());
        var (table, keyColumn, column) = (Quote(_table), Quote(key.GetColumnName()), Quote(property.GetColumnName()));
        var updated = 0;
        if (_sqlite)
        {
            await using var command = CreateCommand();
            using var update = new SqliteStatement(_db, $"UPDATE {table} SET {column} = ?1 WHERE {keyColumn} = ?2");
            foreach (var (k, v) in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BindSqlite(update, command, 1, valueMapping, v, property.IsNullable);
                BindSqlite(update, command, 2, keyMapping, k, nullable: false);
                updated += update.Execute();
            }

            return updated;
        }

        foreach (var chunk in rows.Chunk(MaxParameters / 2))
        {
            await using var command = CreateCommand();
            var values = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.Add(Parameter(command, $"@k{i}", keyMapping, chunk[i].Key, nullable: false));
                command.Parameters.Add(Parameter(command, $"@v{i}", valueMapping, chunk[i].Value, property.IsNullable));
                values.Add($"(@k{i}, @v{i})");
            }

            // VALUES names its columns column1, column2 on both engines.
            command.CommandText = $"UPDATE {table} SET {column} = v.column2 FROM (VALUES {string.Join(", ", values)}) AS v WHERE {table}.{keyColumn} = v.column1";
            updated += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return updated;
    }

    /// <summary>Deletes the rows with these (single-column) keys.</summary>
    public async Task<int> DeleteAsync<TKey>(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var key = SingleKey();
        var mapping = key.GetRelationalTypeMapping();
        var deleted = 0;
        if (_sqlite)
        {
            await using var command = CreateCommand();
            using var delete = new SqliteStatement(_db, $"DELETE FROM {Quote(_table)} WHERE {Quote(key.GetColumnName())} = ?1");
            foreach (var k in keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BindSqlite(delete, command, 1, mapping, k, nullable: false);
                deleted += delete.Execute();
            }

            return deleted;
        }

        foreach (var chunk in keys.Chunk(MaxParameters))
        {
            await using var command = CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = $"@k{i}";
                command.Parameters.Add(Parameter(command, names[i], mapping, chunk[i], nullable: false));
            }

            command.CommandText = $"DELETE FROM {Quote(_table)} WHERE {Quote(key.GetColumnName())} IN ({string.Join(", ", names)})";
            deleted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return deleted;
    }

    /// <summary>
    /// SQLite runs in-process: one statement prepared once and executed per row, its values bound by position
    /// (<see cref="SqliteStatement"/>), is the fastest path.
    /// </summary>
    private async Task<int> InsertOneByOneAsync(IReadOnlyCollection<T> rows, string insert, string conflict, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand();
        using var statement = new SqliteStatement(_db, $"{insert}({string.Join(", ", _columns.Select((_, c) => $"?{c + 1}"))}){conflict}");
        var written = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < _columns.Length; c++)
            {
                BindSqlite(statement, command, c + 1, _mappings[c], _getters[c].GetClrValue(row), _columns[c].IsNullable);
            }

            written += statement.Execute();
        }

        return written;
    }

    /// <summary>A value bound as EF would bind it: its type mapping makes the parameter (value converter, SQLite type).</summary>
    private static void BindSqlite(SqliteStatement statement, DbCommand command, int index, RelationalTypeMapping mapping, object? value, bool nullable)
    {
        var parameter = (SqliteParameter)mapping.CreateParameter(command, "@p", value, nullable);
        statement.Bind(index, parameter.Value, parameter.SqliteType);
    }

    /// <summary>A server: as many rows per statement as <see cref="MaxParameters"/> allows, one round trip each.</summary>
    private async Task<int> InsertManyAsync(IReadOnlyCollection<T> rows, string insert, string conflict, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / _columns.Length)))
        {
            await using var command = CreateCommand();
            var values = new List<string>(chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                var parameters = new string[_columns.Length];
                for (var c = 0; c < _columns.Length; c++)
                {
                    parameters[c] = $"@p{r}_{c}";
                    command.Parameters.Add(Parameter(command, parameters[c], _mappings[c], _getters[c].GetClrValue(chunk[r]), _columns[c].IsNullable));
                }

                values.Add($"({string.Join(", ", parameters)})");
            }

            command.CommandText = $"{insert}{string.Join(", ", values)}{conflict}";
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>A value as EF would bind it (type mapping, value converter).</summary>
    private DbParameter Parameter(DbCommand command, string name, RelationalTypeMapping mapping, object? value, bool nullable)
    {
        // PostgreSQL's timestamptz takes UTC instants only (as the PostgreSQL provider requires of EF's own writes).
        if (!_sqlite && value is DateTimeOffset instant)
        {
            value = instant.ToUniversalTime();
        }

        return mapping.CreateParameter(command, name, value, nullable);
    }

    private IProperty SingleKey() => _keys.Length == 1 ? _keys[0] : throw new NotSupportedException($"{typeof(T).Name} has a composite key.");

    private DbCommand CreateCommand()
    {
        // Many statements make one change: they only run inside the caller's transaction (which also opens the connection).
        var transaction = _db.Database.CurrentTransaction ?? throw new InvalidOperationException("BulkRows writes inside the caller's transaction.");
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        return command;
    }

    private static bool IsNumeric(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(short);

    private static string Quote(string name) => $"\"{name}\"";
}

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Places;

/// <summary>
/// Writes many places fast inside the caller's transaction: <c>INSERT … ON CONFLICT (id) DO UPDATE</c>, which
/// SQLite and PostgreSQL both understand, with columns taken from the EF model. EF's change tracker costs too
/// much for 100,000 rows (see docs/adr/0003-bulk-import.md); everything else goes through EF.
/// PostgreSQL gets many rows per statement (fewer round trips); SQLite, in-process, one prepared single-row
/// statement reused, because binding thousands of named parameters on one SQLite statement is quadratic.
/// </summary>
internal sealed class PlaceBulkWriter : IAsyncDisposable
{
    private const int MaxParameters = 30_000;
    private readonly AppDbContext _db;
    private readonly (string Column, Func<Place, object?> Value)[] _columns;
    private readonly string _table;
    private readonly int _rowsPerStatement;
    private DbCommand? _fullBatch;

    public PlaceBulkWriter(AppDbContext db)
    {
        _db = db;
        var entity = db.Model.FindEntityType(typeof(Place))!;
        _table = entity.GetTableName()!;
        _columns = entity.GetProperties().Select(p => (p.GetColumnName(), Getter(p))).ToArray();
        _rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / _columns.Length);
    }

    public int RowsPerStatement => _rowsPerStatement;

    public async Task UpsertAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        for (var start = 0; start < places.Count; start += _rowsPerStatement)
        {
            var count = Math.Min(_rowsPerStatement, places.Count - start);
            var command = count == _rowsPerStatement ? _fullBatch ??= UpsertCommand(count) : UpsertCommand(count);
            for (var row = 0; row < count; row++)
            {
                var place = places[start + row];
                for (var column = 0; column < _columns.Length; column++)
                {
                    command.Parameters[(row * _columns.Length) + column].Value = _columns[column].Value(place) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            if (command != _fullBatch)
            {
                await command.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync();
        }
    }

    /// <summary>Marks existing places as seen by this run without changing them (their new row was rejected).</summary>
    public async Task MarkSeenAsync(IReadOnlyList<string> ids, string runId, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(MaxParameters / 2))
        {
            await using var command = CreateCommand();
            var names = chunk.Select((_, i) => $"@id{i}").ToList();
            command.CommandText = $"UPDATE \"{_table}\" SET \"last_import_run_id\" = @run WHERE \"id\" IN ({string.Join(", ", names)})";
            AddParameter(command, "@run", runId);
            for (var i = 0; i < chunk.Length; i++)
            {
                AddParameter(command, names[i], chunk[i]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Removes the places of a source that the run did not see: they left the source.</summary>
    public async Task<int> DeleteUnseenAsync(string sourceName, string runId, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand();
        command.CommandText = $"DELETE FROM \"{_table}\" WHERE \"source_name\" = @source AND \"last_import_run_id\" <> @run";
        AddParameter(command, "@source", sourceName);
        AddParameter(command, "@run", runId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand()
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction.");
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private DbCommand UpsertCommand(int rows)
    {
        var command = CreateCommand();
        command.CommandText = UpsertSql(rows);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < _columns.Length; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{row}_{column}";
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    private string UpsertSql(int rows)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(_table).Append("\" (")
            .AppendJoin(", ", _columns.Select(c => $"\"{c.Column}\"")).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                sql.Append(column == 0 ? string.Empty : ", ").Append("@p").Append(row).Append('_').Append(column);
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT (\"id\") DO UPDATE SET ")
            .AppendJoin(", ", _columns.Where(c => c.Column != "id").Select(c => $"\"{c.Column}\" = excluded.\"{c.Column}\""));
        return sql.ToString();
    }

    private static Func<Place, object?> Getter(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        if (converter is not null)
        {
            return place => getter.GetClrValue(place) is { } value ? converter.ConvertToProvider(value) : null;
        }

        return property.ClrType.IsEnum || Nullable.GetUnderlyingType(property.ClrType)?.IsEnum == true
            ? place => getter.GetClrValue(place) is { } value ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null
            : place => getter.GetClrValue(place);
    }
}

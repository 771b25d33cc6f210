using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Relais.Web.Infrastructure.Data;

/// <summary>
/// One statement prepared on the SQLite connection of a context and executed many times, its parameters bound by
/// position through SQLite's C API. Microsoft.Data.Sqlite looks every parameter up by name at each execution,
/// which costs more than SQLite's own work for narrow rows written by the hundred thousand (ADR 0003, ADR 0017).
/// Values are bound as Microsoft.Data.Sqlite binds them, so that the rows read back as EF writes them. It runs
/// inside the caller's transaction, on its connection.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _handle;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(AppDbContext db, string sql)
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk writes run inside the caller's transaction.");
        _handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_handle, sql, out _statement), _handle);
    }

    /// <summary>Binds a provider value (after EF's value converter) to the parameter <c>?<paramref name="index"/></c> (from 1).</summary>
    public void Bind(int index, object? value, SqliteType type = SqliteType.Text)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string text => raw.sqlite3_bind_text(_statement, index, text),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            float number => raw.sqlite3_bind_double(_statement, index, number),
            bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
            long integer => raw.sqlite3_bind_int64(_statement, index, integer),
            int integer => raw.sqlite3_bind_int64(_statement, index, integer),
            short integer => raw.sqlite3_bind_int64(_statement, index, integer),
            byte integer => raw.sqlite3_bind_int64(_statement, index, integer),
            Enum member => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(member, CultureInfo.InvariantCulture)),
            decimal number => raw.sqlite3_bind_text(_statement, index, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateOnly date => raw.sqlite3_bind_text(_statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            DateTime instant => raw.sqlite3_bind_text(_statement, index, instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateTimeOffset instant => raw.sqlite3_bind_text(_statement, index, instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            Guid id when type == SqliteType.Blob => raw.sqlite3_bind_blob(_statement, index, id.ToByteArray()),
            Guid id => raw.sqlite3_bind_text(_statement, index, id.ToString().ToUpperInvariant()),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            _ => throw new NotSupportedException($"No SQLite binding for {value.GetType().Name}."),
        };
        Check(rc, _handle);
    }

    /// <summary>Runs the statement with the values bound, then makes it ready for the next ones; returns the rows changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(_handle).utf8_to_string();
            raw.sqlite3_reset(_statement);
            throw new SqliteException(message, rc);
        }

        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_handle);
    }

    public void Dispose() => _statement.Dispose();

    private static void Check(int rc, sqlite3 handle)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc);
        }
    }
}

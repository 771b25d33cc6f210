using System.ComponentModel.DataAnnotations;

namespace Relais.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section <c>Database</c>; names are a contract (<c>Database__Provider</c>, <c>Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqliteConnectionString = "Data Source=data/relais.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default, a SQLite file under <c>./data/</c>.</summary>
    [MaxLength(2000)]
    public string? ConnectionString { get; set; }
}

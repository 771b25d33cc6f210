using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Relais.Web.Infrastructure.Data;

/// <summary>
/// The database of Relais. One thin subclass per provider (SQLite, PostgreSQL), each with its own migrations;
/// handlers depend on this base class.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AppFlag> AppFlags => Set<AppFlag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.Entity<AppFlag>(b =>
        {
            b.ToTable("app_flags");
            b.HasKey(f => f.Key);
            b.Property(f => f.Key).HasMaxLength(100);
        });

        // snake_case everywhere, so that the few hand-written SQL statements read the same on both providers.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>A one-off fact about this database, e.g. that the demo data was loaded once.</summary>
public sealed class AppFlag
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTimeOffset SetAt { get; set; }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

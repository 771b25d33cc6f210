using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Relais.Web.Infrastructure.Data;

public static class DatabaseRegistration
{
    public static IServiceCollection AddRelaisDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        DatabaseOptions options;
        try
        {
            options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException("Database:Provider doit valoir Sqlite ou Postgres (variable Database__Provider).", exception);
        }

        // Contexts come from a pool (EF resets each one when its scope ends: tracked entities, transaction, settings):
        // a search then costs no new context and its service graph, which showed in the tail of search latencies.
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Database:Provider = Postgres demande Database:ConnectionString (variable Database__ConnectionString).");
            }

            services.AddDbContextPool<PostgresAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            var connectionString = SqliteConnectionString(options.ConnectionString);
            services.AddDbContextPool<SqliteAppDbContext>(o => o.UseSqlite(connectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        return services;
    }

    /// <summary>
    /// The SQLite file's folder is created if needed (first start from a fresh clone). The default file lives in
    /// <c>data/</c> at the root of the source checkout, wherever the server or the CLI is started from inside
    /// it (<c>dotnet run --project</c> runs in the project folder); a configured relative path is relative to
    /// the working directory.
    /// </summary>
    public static string SqliteConnectionString(string? configured)
    {
        var isDefault = string.IsNullOrWhiteSpace(configured);
        var builder = new SqliteConnectionStringBuilder(isDefault ? DatabaseOptions.DefaultSqliteConnectionString : configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var baseDirectory = isDefault ? Infrastructure.CheckoutRoot.Find() ?? Directory.GetCurrentDirectory() : Directory.GetCurrentDirectory();
            var full = Path.GetFullPath(file, baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}

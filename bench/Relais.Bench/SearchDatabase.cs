using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Relais.Web;
using Relais.Web.Features.Places;
using Relais.Web.Features.Setup;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Reading;

namespace Relais.Bench;

/// <summary>
/// A database holding 100,000 generated places, made once with the generator and the real import handler and
/// kept between runs: the SQLite file <c>.tmp/bench/search-places-100000-seed42.db</c>, or the PostgreSQL
/// database <c>relais_bench_search</c> on the server of <c>RELAIS_BENCH_POSTGRES</c>. A flag in
/// <c>app_flags</c> names the generated file it holds; when the generator changes, the file is generated and
/// imported again (the import replaces the places of the source).
/// </summary>
public static class SearchDatabase
{
    public const int Rows = 100_000;
    public const int Seed = 42;
    public const string PostgresDatabase = "relais_bench_search";
    private const string Flag = "bench_search_data";

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Relais.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Relais.slnx above {AppContext.BaseDirectory}.");
        }
    }

    public static string CacheFolder => Path.Combine(RepositoryRoot, ".tmp", "bench");

    /// <summary>The app's services on the benchmark database, with the fixed clock; the data is ready.</summary>
    public static async Task<ServiceProvider> OpenAsync(DatabaseProvider provider)
    {
        var connectionString = ConnectionString(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Seed:DemoData"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRelaisCore(configuration);
        services.AddSingleton<TimeProvider>(new FixedClock());
        var serviceProvider = services.BuildServiceProvider();
        await EnsureDataAsync(serviceProvider);
        return serviceProvider;
    }

    public static string ConnectionString(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(CacheFolder, $"search-places-{Rows}-seed{Seed}.db")}"
        : new NpgsqlConnectionStringBuilder(PostgresServer) { Database = PostgresDatabase }.ToString();

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("RELAIS_BENCH_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("RELAIS_BENCH_POSTGRES is not set.");

    private static async Task EnsureDataAsync(ServiceProvider services)
    {
        Directory.CreateDirectory(CacheFolder);
        var csv = await GeneratedCsvAsync(services.GetRequiredService<CommuneDirectory>());
        var wanted = $"{Rows} rows, seed {Seed}, file of {File.GetLastWriteTimeUtc(csv):O}";
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var flag = await db.AppFlags.SingleOrDefaultAsync(f => f.Key == Flag);
        if (flag?.Value == wanted && await db.Places().CountAsync() == Rows)
        {
            return;
        }

        Console.WriteLine($"// importing {csv} into the benchmark database ({wanted})");
        var result = await scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(csv, "bench"));
        if (result.Imported != Rows)
        {
            throw new InvalidOperationException($"Expected {Rows} imported places, got {result.Imported} ({result.Rejected} rejected).");
        }

        if (flag is null)
        {
            db.AppFlags.Add(new AppFlag { Key = Flag, Value = wanted, SetAt = FixedClock.Now });
        }
        else
        {
            flag.Value = wanted;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The same cached file as <c>bench/import.sh</c>, made again when the generator is newer.</summary>
    private static async Task<string> GeneratedCsvAsync(CommuneDirectory communes)
    {
        var path = Path.Combine(CacheFolder, $"places-{Rows}-seed{Seed}.csv");
        var generator = Path.Combine(RepositoryRoot, "src", "Relais.Web", "Features", "Places", "GeneratePlaces.cs");
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(generator) > File.GetLastWriteTimeUtc(path))
        {
            Console.WriteLine($"// generating {path}");
            await new GeneratePlacesHandler(communes).WriteAsync(path, PlaceFileSyntax.Csv, Rows, Seed, CancellationToken.None);
        }

        return path;
    }
}

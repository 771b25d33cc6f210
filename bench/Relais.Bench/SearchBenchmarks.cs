using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure.Data;

namespace Relais.Bench;

/// <summary>
/// Issue goals: on 100,000 places, a filtered search within 10 km answers in under 10 ms (p95) and a national
/// unfiltered page in under 30 ms. Measures <see cref="SearchPlacesHandler.HandleAsync"/>, the use case behind
/// the API and the pages (parsing of the query string excluded), one search per iteration so that the
/// percentiles are those of single searches; upper outliers are kept (they are what p95 is about). Searches
/// around a point rotate through communes spread over France, so no two consecutive searches hit the same
/// rows. Each search runs in a new scope (a new DbContext), as a request does.
/// </summary>
[Config(typeof(LatencyConfig))]
[InvocationCount(1)]
[WarmupCount(10)]
[IterationCount(200)]
[Outliers(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)]
[GcServer(true)]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    // Big cities, middle-sized towns and small rural préfectures, from Brest to Nice and from Lille to Perpignan.
    private static readonly string[] Communes =
    [
        "75056", "69123", "13055", "59350", "67482", "35238", "33063", "31555", "63113", "21231",
        "87085", "26362", "29019", "06088", "66136", "15014", "48095", "23096", "04070", "55029",
    ];

    private static readonly string[] Names = ["mediateque lyon", "bibliotheque renes", "espace public numerique brest", "centre socail marseille", "france service toulouse"];

    private ServiceProvider _services = null!;
    private SearchPlacesQuery[] _nearbyOpen = null!;
    private SearchPlacesQuery[] _nearbyPublic = null!;
    private SearchPlacesQuery[] _byName = null!;
    private SearchPlacesQuery _national = null!;
    private SearchPlacesQuery _nationalPage50 = null!;
    private int _next;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    /// <summary>SQLite always; PostgreSQL when <c>RELAIS_BENCH_POSTGRES</c> names a server.</summary>
    public static IEnumerable<DatabaseProvider> Providers() =>
        Environment.GetEnvironmentVariable("RELAIS_BENCH_POSTGRES") is { Length: > 0 } ? [DatabaseProvider.Sqlite, DatabaseProvider.Postgres] : [DatabaseProvider.Sqlite];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = await SearchDatabase.OpenAsync(Provider);

        // ouvert_le on a Tuesday morning: what ouvert_maintenant asks during opening hours (the fixed clock is a Sunday).
        _nearbyOpen = [.. Communes.Select(c => Query($"commune={c}&rayon=10&services=Aide aux démarches administratives&ouvert_le=2026-11-03T10:30"))];
        _nearbyPublic = [.. Communes.Select(c => Query($"commune={c}&rayon=10&services=Aide aux démarches administratives&publics_specifiquement_adresses=Seniors"))];
        _byName = [.. Names.Select(n => Query($"q={n}"))];
        _national = Query(string.Empty);
        _nationalPage50 = Query("page=50");

        // Every query must find something, or the benchmark would measure empty answers.
        foreach (var query in _nearbyOpen.Concat(_nearbyPublic).Concat(_byName).Append(_nationalPage50))
        {
            var result = await SearchAsync(query);
            if (result.Items.Count == 0)
            {
                throw new InvalidOperationException($"No result for {query}");
            }
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync();

    [Benchmark(Description = "10 km, service + open at")]
    public async Task<int> NearbyServiceOpen() => (await SearchAsync(_nearbyOpen[_next++ % _nearbyOpen.Length])).Total;

    [Benchmark(Description = "10 km, service + public")]
    public async Task<int> NearbyServicePublic() => (await SearchAsync(_nearbyPublic[_next++ % _nearbyPublic.Length])).Total;

    [Benchmark(Description = "national, page 1")]
    public async Task<int> NationalFirstPage() => (await SearchAsync(_national)).Total;

    [Benchmark(Description = "national, page 50")]
    public async Task<int> NationalPage50() => (await SearchAsync(_nationalPage50)).Total;

    [Benchmark(Description = "national, q= with a typo")]
    public async Task<int> NameSearch() => (await SearchAsync(_byName[_next++ % _byName.Length])).Total;

    private static SearchPlacesQuery Query(string queryString)
    {
        var (query, error) = SearchParameters.Parse(QueryHelpers.ParseQuery(queryString), FixedClock.Now);
        return query ?? throw new InvalidOperationException($"{queryString}: {error!.Message}");
    }

    private async Task<SearchPlacesResult> SearchAsync(SearchPlacesQuery query)
    {
        await using var scope = _services.CreateAsyncScope();
        var (result, error) = await scope.ServiceProvider.GetRequiredService<SearchPlacesHandler>().HandleAsync(query);
        return result ?? throw new InvalidOperationException(error!.Message);
    }
}

/// <summary>Median, p95 and max beside the mean, in milliseconds.</summary>
internal sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }
}

using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Bench;

/// <summary>
/// The price of <see cref="PlaceNameOrder"/>: the first search without a location after an import reads and
/// sorts every name again, and the first name search also splits every name into words. Each iteration
/// starts from an empty order, as after an import; same database as <see cref="SearchBenchmarks"/>.
/// </summary>
[Config(typeof(LatencyConfig))]
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(15)]
[Outliers(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)]
[GcServer(true)]
[MemoryDiagnoser]
public class SearchAfterImportBenchmarks
{
    private ServiceProvider _services = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers() => SearchBenchmarks.Providers();

    [GlobalSetup]
    public async Task SetupAsync() => _services = await SearchDatabase.OpenAsync(Provider);

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync();

    [Benchmark(Description = "national, page 1, first after an import")]
    public Task<int> NationalFirstPage() => SearchWithNewOrderAsync(string.Empty);

    [Benchmark(Description = "national, q=, first after an import")]
    public Task<int> NameSearch() => SearchWithNewOrderAsync("q=mediateque lyon");

    private async Task<int> SearchWithNewOrderAsync(string queryString)
    {
        var query = SearchParameters.Parse(QueryHelpers.ParseQuery(queryString), FixedClock.Now).Query!;
        await using var scope = _services.CreateAsyncScope();
        using var order = new PlaceNameOrder();
        var handler = new SearchPlacesHandler(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _services.GetRequiredService<CommuneDirectory>(), order, _services.GetRequiredService<TimeProvider>());
        var (result, error) = await handler.HandleAsync(query);
        return result?.Total ?? throw new InvalidOperationException(error!.Message);
    }
}

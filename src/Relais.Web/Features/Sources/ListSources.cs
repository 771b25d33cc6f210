using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Sources;

public sealed record ListSourcesQuery;

/// <summary>
/// A declared source, its last run and its last import that wrote something (null if none);
/// <paramref name="Error"/> when its declaration is invalid.
/// </summary>
public sealed record SourceSummary(string Name, string? Label, string? Format, int? TrustRank, string? Licence, ImportRun? LastRun, ImportRun? LastImport, string? Error);

public sealed record ListSourcesResult(string Directory, IReadOnlyList<SourceSummary> Sources);

/// <summary>Every declaration of <c>sources/</c>, valid or not, with its last run.</summary>
public sealed class ListSourcesHandler(AppDbContext db, SourceCatalog catalog)
{
    public async Task<ListSourcesResult> HandleAsync(ListSourcesQuery query, CancellationToken cancellationToken = default)
    {
        var names = catalog.Names();
        var runs = await db.Set<ImportRun>().AsNoTracking().Where(r => names.Contains(r.SourceName)).ToListAsync(cancellationToken);
        var lastRuns = runs.GroupBy(r => r.SourceName).ToDictionary(g => g.Key, g => g.MaxBy(r => r.StartedAt));
        var lastImports = runs.Where(r => r.Status == ImportRun.Succeeded).GroupBy(r => r.SourceName).ToDictionary(g => g.Key, g => g.MaxBy(r => r.StartedAt));
        var sources = new List<SourceSummary>();
        foreach (var name in names)
        {
            var (lastRun, lastImport) = (lastRuns.GetValueOrDefault(name), lastImports.GetValueOrDefault(name));
            try
            {
                var declaration = catalog.Load(name).Declaration;
                sources.Add(new SourceSummary(name, declaration.Label, declaration.Format.ToString().ToLowerInvariant(), declaration.TrustRank, declaration.Licence?.Name, lastRun, lastImport, null));
            }
            catch (SourceException exception)
            {
                sources.Add(new SourceSummary(name, null, null, null, null, lastRun, lastImport, exception.Message));
            }
        }

        return new ListSourcesResult(catalog.Directory, sources);
    }
}

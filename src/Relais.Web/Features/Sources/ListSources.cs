using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Sources;

public sealed record ListSourcesQuery;

/// <summary>A declared source and its last run (null if it never ran); <paramref name="Error"/> when its declaration is invalid.</summary>
public sealed record SourceSummary(string Name, string? Label, string? Format, int? TrustRank, string? Licence, ImportRun? LastRun, string? Error);

public sealed record ListSourcesResult(string Directory, IReadOnlyList<SourceSummary> Sources);

/// <summary>Every declaration of <c>sources/</c>, valid or not, with its last run.</summary>
public sealed class ListSourcesHandler(AppDbContext db, SourceCatalog catalog)
{
    public async Task<ListSourcesResult> HandleAsync(ListSourcesQuery query, CancellationToken cancellationToken = default)
    {
        var names = catalog.Names();
        var runs = await db.Set<ImportRun>().AsNoTracking().Where(r => names.Contains(r.SourceName)).ToListAsync(cancellationToken);
        var lastRuns = runs.GroupBy(r => r.SourceName).ToDictionary(g => g.Key, g => g.MaxBy(r => r.StartedAt));
        var sources = new List<SourceSummary>();
        foreach (var name in names)
        {
            var lastRun = lastRuns.GetValueOrDefault(name);
            try
            {
                var declaration = catalog.Load(name).Declaration;
                sources.Add(new SourceSummary(name, declaration.Label, declaration.Format.ToString().ToLowerInvariant(), declaration.TrustRank, declaration.Licence?.Name, lastRun, null));
            }
            catch (SourceException exception)
            {
                sources.Add(new SourceSummary(name, null, null, null, null, lastRun, exception.Message));
            }
        }

        return new ListSourcesResult(catalog.Directory, sources);
    }
}

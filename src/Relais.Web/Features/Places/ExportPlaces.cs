using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

public enum ExportFormat
{
    Csv,
    Json,
}

public sealed record ExportPlacesQuery(ExportFormat Format, string? SourceName = null);

/// <summary>Writes the directory in the standard v1.0.x (CSV or JSON), streamed from the database.</summary>
public sealed class ExportPlacesHandler(AppDbContext db)
{
    public async Task<int> HandleAsync(ExportPlacesQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var places = db.Places().AsNoTracking().OrderBy(p => p.Id).AsQueryable();
        if (query.SourceName is { } source)
        {
            var normalized = SourceNames.Normalize(source);
            places = places.Where(p => p.SourceName == normalized);
        }

        var count = 0;
        if (query.Format == ExportFormat.Json)
        {
            await using var json = new PlaceJsonWriter(output);
            await foreach (var place in places.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await json.WriteAsync(place, cancellationToken: cancellationToken);
                count++;
            }
        }
        else
        {
            await using var csv = new PlaceCsvWriter(output);
            await foreach (var place in places.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await csv.WriteAsync(place, cancellationToken: cancellationToken);
                count++;
            }
        }

        return count;
    }
}

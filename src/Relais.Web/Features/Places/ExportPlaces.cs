using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

public sealed record ExportPlacesQuery(PlaceFileSyntax Format, string? SourceName = null);

/// <summary>Writes the directory in the standard v1.0.x (CSV or JSON), streamed from the database.</summary>
public sealed class ExportPlacesHandler(AppDbContext db)
{
    public async Task<int> HandleAsync(ExportPlacesQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var places = db.PublishedPlaces().AsNoTracking().OrderBy(p => p.Id).AsQueryable();
        if (query.SourceName is { } source)
        {
            var normalized = SourceNames.Normalize(source);
            places = places.Where(p => p.SourceName == normalized);
        }

        return await PlaceFileWriter.WriteAllAsync(output, query.Format, places.AsAsyncEnumerable(), cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

/// <param name="Strict">The 32 columns of the standard only, without the <c>sources</c> column (CSV).</param>
public sealed record ExportPlacesQuery(PlaceFileSyntax Format, string? SourceName = null, bool Strict = false);

/// <summary>
/// Writes the directory in the standard v1.0.x (CSV or JSON), streamed from the database: the places the public
/// sees (records merged into another place are out). The CSV appends a <c>sources</c> column unless strict.
/// </summary>
public sealed class ExportPlacesHandler(AppDbContext db)
{
    public async Task<int> HandleAsync(ExportPlacesQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var places = db.ListedPlaces().AsNoTracking().OrderBy(p => p.Id).AsQueryable();
        if (query.SourceName is { } source)
        {
            // A merged place belongs to every source of its records.
            var normalized = SourceNames.Normalize(source);
            places = places.Where(p => p.SourceName == normalized || db.Set<PlaceGroupMember>().Any(m => m.GroupId == p.Id && m.SourceName == normalized));
        }

        if (query.Format != PlaceFileSyntax.Csv || query.Strict)
        {
            return await PlaceFileWriter.WriteAllAsync(output, query.Format, places.AsAsyncEnumerable(), cancellationToken);
        }

        var records = await ContributingRecords.LoadAsync(db, placeIds: null, cancellationToken);
        return await WriteCsvWithSourcesAsync(output, places.AsAsyncEnumerable(), records, cancellationToken);
    }

    /// <summary>The standard's 32 columns then <c>sources</c>.</summary>
    public static async Task<int> WriteCsvWithSourcesAsync(Stream output, IAsyncEnumerable<Place> places, ContributingRecords records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(records);
        var count = 0;
        await using var csv = new PlaceCsvWriter(output, [ContributingRecords.Column]);
        await foreach (var place in places.WithCancellation(cancellationToken))
        {
            await csv.WriteAsync(place, [records.For(place)], cancellationToken);
            count++;
        }

        return count;
    }
}

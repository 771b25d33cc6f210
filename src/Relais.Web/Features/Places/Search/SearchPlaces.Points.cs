namespace Relais.Web.Features.Places.Search;

/// <summary>A place on the search page's map: what a marker and its popup need, nothing more.</summary>
public sealed record PlacePoint(string Id, string Name, double Latitude, double Longitude);

/// <summary>
/// The positions of a whole search (every page), at most <see cref="SearchLimits.MaxMapPoints"/>.
/// <c>Total</c> counts every place found, also those without a position or beyond the limit.
/// </summary>
public sealed record PlacePointsResult(int Total, IReadOnlyList<PlacePoint> Points);

public sealed partial class SearchPlacesHandler
{
    /// <summary>
    /// The same search as <see cref="HandleAsync"/>, answered from the light candidate rows alone, in the same order
    /// (distance then name, or name): every place found, of which the first <see cref="SearchLimits.MaxMapPoints"/> with a position.
    /// </summary>
    public async Task<(PlacePointsResult? Result, SearchError? Error)> HandlePointsAsync(SearchPlacesQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (centre, error) = ResolveCentre(query);
        if (error is not null)
        {
            return (null, error);
        }

        var text = query.Text is { Length: > 0 } q ? new PlaceNameQuery(q) : null;
        var found = centre is { } point
            ? (await NearbyHitsAsync(query, point, text, cancellationToken)).ConvertAll(h => h.Candidate)
            : await ByNameHitsAsync(query, text, await nameOrder.GetAsync(db, cancellationToken), cancellationToken);
        var points = found
            .Where(p => p.Latitude is not null && p.Longitude is not null)
            .Take(SearchLimits.MaxMapPoints)
            .Select(p => new PlacePoint(p.Id, p.Name, p.Latitude!.Value, p.Longitude!.Value))
            .ToList();
        return (new PlacePointsResult(found.Count, points), null);
    }
}

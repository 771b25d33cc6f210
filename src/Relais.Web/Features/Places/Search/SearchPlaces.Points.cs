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
    /// <summary>The same search as <see cref="HandleAsync"/>, answered from the light candidate rows alone.</summary>
    public async Task<(PlacePointsResult? Result, SearchError? Error)> HandlePointsAsync(SearchPlacesQuery query, CancellationToken cancellationToken = default)
    {
        var (ordered, error) = await MatchAsync(query, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var points = ordered!
            .Where(h => h.Candidate.Latitude is not null && h.Candidate.Longitude is not null)
            .Take(SearchLimits.MaxMapPoints)
            .Select(h => new PlacePoint(h.Candidate.Id, h.Candidate.Name, h.Candidate.Latitude!.Value, h.Candidate.Longitude!.Value))
            .ToList();
        return (new PlacePointsResult(ordered!.Count, points), null);
    }
}

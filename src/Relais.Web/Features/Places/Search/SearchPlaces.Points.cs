using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Geo;

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
        var candidates = await CandidatesAsync(PlaceSearchFilters.Apply(db.Places().AsNoTracking(), query, centre), cancellationToken);
        var today = ParisTime.Today(time);
        var found = candidates
            .Select(c => (Candidate: c, Distance: centre is { } p ? GeoDistance.Kilometres(p.Latitude, p.Longitude, c.Latitude!.Value, c.Longitude!.Value) : 0))
            .Where(h => (centre is null || h.Distance <= query.RadiusKm) && (text is null || text.Matches(h.Candidate.Name)) && OpeningMatches(query, h.Candidate, today))
            .OrderBy(h => h.Distance).ThenBy(h => h.Candidate.Name, FrenchNames)
            .ToList();
        var points = found
            .Where(h => h.Candidate.Latitude is not null && h.Candidate.Longitude is not null)
            .Take(SearchLimits.MaxMapPoints)
            .Select(h => new PlacePoint(h.Candidate.Id, h.Candidate.Name, h.Candidate.Latitude!.Value, h.Candidate.Longitude!.Value))
            .ToList();
        return (new PlacePointsResult(found.Count, points), null);
    }
}

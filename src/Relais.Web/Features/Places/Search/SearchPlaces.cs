using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;

namespace Relais.Web.Features.Places.Search;

public sealed record SearchPlacesQuery
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>INSEE code or name; a name shared by several communes is an error listing the choices.</summary>
    public string? Commune { get; init; }

    public string? PostalCode { get; init; }

    public double RadiusKm { get; init; } = SearchLimits.DefaultRadiusKm;

    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Words of the place's name: accent- and case-insensitive, typo-tolerant.</summary>
    public string? Text { get; init; }

    public ServiceKind Services { get; init; }

    public TargetPublic TargetPublics { get; init; }

    public SpecificSupport SpecificSupports { get; init; }

    public FeeCondition FeeConditions { get; init; }

    public SupportMode SupportModes { get; init; }

    public AccessMode AccessModes { get; init; }

    public NationalProgramme NationalProgrammes { get; init; }

    public TrainingLabel TrainingLabels { get; init; }

    public IReadOnlyList<string> Typologies { get; init; } = [];

    public bool OnlineBooking { get; init; }

    public bool AccessibilitySheet { get; init; }

    public DateTimeOffset? OpenAt { get; init; }

    public bool OpenOnWeekend { get; init; }

    /// <summary>Half-days the person is free (any of); see <see cref="AvailabilitySlot"/>.</summary>
    public IReadOnlyList<AvailabilitySlot> Availability { get; init; } = [];

    internal bool FiltersOnOpeningHours => OpenAt is not null || OpenOnWeekend || Availability.Count > 0;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = SearchLimits.DefaultPageSize;
}

public static class SearchLimits
{
    public const double DefaultRadiusKm = 10;
    public const double MinRadiusKm = 1;
    public const double MaxRadiusKm = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Positions for the search page's map: the nearest ones first when a search has more.</summary>
    public const int MaxMapPoints = 5000;
}

public sealed record PlaceHit(Place Place, double? DistanceKm);

public sealed record SearchPlacesResult(int Total, int Page, int PageSize, IReadOnlyList<PlaceHit> Items);

/// <summary>An expected failure of a search, with a stable code (e.g. <c>search.commune_ambiguous</c>).</summary>
public sealed record SearchError(string Code, string Message, IReadOnlyList<string>? Choices = null);

/// <summary>
/// Finds places with the national map's semantics: services, typologies and the other lists "any of";
/// publics and specific supports "all of"; sorted by great-circle distance, then name. The database
/// filters what it can (flags, territory, a box around the point); distance, name matching and opening
/// hours are evaluated on the candidates, and only the requested page is loaded whole. Without a location
/// the order is the alphabetical one kept by <see cref="PlaceNameOrder"/>: a search without any filter
/// reads no candidate at all.
/// </summary>
public sealed partial class SearchPlacesHandler(AppDbContext db, CommuneDirectory communes, PlaceNameOrder nameOrder, TimeProvider time)
{
    private static readonly StringComparer FrenchNames = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<(SearchPlacesResult? Result, SearchError? Error)> HandleAsync(SearchPlacesQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (centre, error) = ResolveCentre(query);
        if (error is not null)
        {
            return (null, error);
        }

        var text = query.Text is { Length: > 0 } q ? new PlaceNameQuery(q) : null;
        var (total, page) = centre is { } c ? await NearbyAsync(query, c, text, cancellationToken) : await ByNameAsync(query, text, cancellationToken);
        var ids = page.Select(h => h.Id).ToList();
        var places = await db.PublishedPlaces().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        // A place removed by an import since the candidates were read is left out of its page.
        var items = page.Where(h => places.ContainsKey(h.Id)).Select(h => new PlaceHit(places[h.Id], h.Distance is { } d ? Math.Round(d, 2) : null)).ToList();
        return (new SearchPlacesResult(total, query.Page, query.PageSize, items), null);
    }

    private async Task<(int Total, List<(string Id, double? Distance)> Page)> NearbyAsync(SearchPlacesQuery query, (double Latitude, double Longitude) centre, PlaceNameQuery? text, CancellationToken cancellationToken) =>
        PageOf(await NearbyHitsAsync(query, centre, text, cancellationToken), query, h => (h.Candidate.Id, h.Distance));

    private async Task<(int Total, List<(string Id, double? Distance)> Page)> ByNameAsync(SearchPlacesQuery query, PlaceNameQuery? text, CancellationToken cancellationToken)
    {
        var order = await nameOrder.GetAsync(db, cancellationToken);
        var all = db.ListedPlaces().AsNoTracking();
        if (ReferenceEquals(PlaceSearchFilters.Apply(all, query, centre: null), all))
        {
            // No filter for the database: the whole directory, or the names that match, in the kept order.
            return text is null ? PageOf(order.Ids, query, id => (id, null)) : PageOf(order.Matching(text), query, rank => (order.Ids[rank], null));
        }

        return PageOf(await ByNameHitsAsync(query, text, order, cancellationToken), query, c => (c.Id, null));
    }

    /// <summary>Every place found around the point, by distance then name.</summary>
    private async Task<List<(Candidate Candidate, double Distance)>> NearbyHitsAsync(SearchPlacesQuery query, (double Latitude, double Longitude) centre, PlaceNameQuery? text, CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(PlaceSearchFilters.Apply(db.ListedPlaces().AsNoTracking(), query, centre), cancellationToken);
        var today = ParisTime.Today(time);
        var hits = new List<(Candidate Candidate, double Distance)>();
        foreach (var candidate in candidates)
        {
            var distance = GeoDistance.Kilometres(centre.Latitude, centre.Longitude, candidate.Latitude!.Value, candidate.Longitude!.Value);
            if (distance <= query.RadiusKm && (text is null || text.Matches(candidate.Name)) && OpeningMatches(query, candidate, today))
            {
                hits.Add((candidate, distance));
            }
        }

        return [.. hits.OrderBy(h => h.Distance).ThenBy(h => h.Candidate.Name, FrenchNames)];
    }

    /// <summary>Every place found without a location, read as light rows and sorted by the kept order of names.</summary>
    private async Task<List<Candidate>> ByNameHitsAsync(SearchPlacesQuery query, PlaceNameQuery? text, PlaceNameOrder.Snapshot order, CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(PlaceSearchFilters.Apply(db.ListedPlaces().AsNoTracking(), query, centre: null), cancellationToken);
        var today = ParisTime.Today(time);
        var matcher = text is null ? null : order.Matcher(text);
        var hits = new List<(Candidate Candidate, int Rank)>();
        var unknown = false; // a place imported after the order was built: sort by name instead
        foreach (var candidate in candidates)
        {
            var known = order.TryGetRank(candidate.Id, out var rank);
            unknown |= !known;
            if ((text is null || (known ? matcher!(rank) : text.Matches(candidate.Name))) && OpeningMatches(query, candidate, today))
            {
                hits.Add((candidate, rank));
            }
        }

        var sorted = unknown ? hits.OrderBy(h => h.Candidate.Name, FrenchNames) : hits.OrderBy(h => h.Rank);
        return [.. sorted.Select(h => h.Candidate)];
    }

    private static (int Total, List<(string Id, double? Distance)> Page) PageOf<T>(IReadOnlyList<T> ordered, SearchPlacesQuery query, Func<T, (string Id, double? Distance)> hit)
    {
        var page = new List<(string Id, double? Distance)>();
        for (var i = (long)(query.Page - 1) * query.PageSize; i < Math.Min((long)query.Page * query.PageSize, ordered.Count); i++)
        {
            page.Add(hit(ordered[(int)i]));
        }

        return (ordered.Count, page);
    }

    private static Task<List<Candidate>> CandidatesAsync(IQueryable<Place> places, CancellationToken cancellationToken) =>
        places.Select(p => new Candidate(p.Id, p.Name, p.Latitude, p.Longitude, p.OpeningHours, p.HasInterpretableHours, p.DepartmentCode)).ToListAsync(cancellationToken);

    private ((double Latitude, double Longitude)? Centre, SearchError? Error) ResolveCentre(SearchPlacesQuery query)
    {
        if (query.Latitude is { } latitude && query.Longitude is { } longitude)
        {
            return ((latitude, longitude), null);
        }

        var found = query switch
        {
            { Commune: { Length: > 0 } commune } when communes.TryGet(commune, out var byCode) => [byCode],
            { Commune: { Length: > 0 } commune } => communes.FindByName(commune),
            { PostalCode: { Length: > 0 } postalCode } => communes.FindByPostalCode(postalCode).Where(c => !c.Name.Contains("Arrondissement", StringComparison.Ordinal)).ToList(),
            _ => null,
        };
        if (found is null)
        {
            return (null, null);
        }

        var located = found.Where(c => c.Latitude is not null).ToList();
        if (located.Count == 0)
        {
            return (null, new SearchError("search.commune_unknown", $"Aucune commune ne correspond à « {query.Commune ?? query.PostalCode} »."));
        }

        if (query.Commune is not null && located.Select(c => c.InseeCode).Distinct().Count() > 1)
        {
            return (null, new SearchError("search.commune_ambiguous", $"Plusieurs communes s'appellent « {query.Commune} » : précisez laquelle.",
                [.. located.Select(c => $"{c.NameWithArticle} ({c.DepartmentCode}) : {c.InseeCode}")]));
        }

        return ((located[0].Latitude!.Value, located[0].Longitude!.Value), null);
    }

    private static bool OpeningMatches(SearchPlacesQuery query, Candidate candidate, DateOnly today)
    {
        if (!query.FiltersOnOpeningHours)
        {
            return true;
        }

        if (!candidate.HasInterpretableHours || OpeningHoursCache.Get(candidate.OpeningHours) is not { } schedule)
        {
            return false;
        }

        return (query.OpenAt is not { } at || schedule.IsOpenAt(at, candidate.DepartmentCode))
            && (!query.OpenOnWeekend || schedule.IsOpenOnWeekend(today, departementCode: candidate.DepartmentCode))
            && (query.Availability.Count == 0 || AvailabilitySlot.AnyOpen(query.Availability, schedule, today, candidate.DepartmentCode));
    }

    private sealed record Candidate(string Id, string Name, double? Latitude, double? Longitude, string? OpeningHours, bool HasInterpretableHours, string? DepartmentCode);
}

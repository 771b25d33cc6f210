using System.Globalization;
using FuzzySharp;
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
/// hours are evaluated on the candidates, and only the requested page is loaded whole.
/// </summary>
public sealed partial class SearchPlacesHandler(AppDbContext db, CommuneDirectory communes, TimeProvider time)
{
    private const int FuzzyThreshold = 80;
    private static readonly StringComparer FrenchNames = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<(SearchPlacesResult? Result, SearchError? Error)> HandleAsync(SearchPlacesQuery query, CancellationToken cancellationToken = default)
    {
        var (ordered, error) = await MatchAsync(query, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var page = ordered!.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var ids = page.Select(h => h.Candidate.Id).ToList();
        var places = await db.Places().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = page.Select(h => new PlaceHit(places[h.Candidate.Id], h.Distance is { } d ? Math.Round(d, 2) : null)).ToList();
        return (new SearchPlacesResult(ordered!.Count, query.Page, query.PageSize, items), null);
    }

    /// <summary>Every place of the search, in order, from the light candidate rows (no page is loaded).</summary>
    private async Task<(List<(Candidate Candidate, double? Distance)>? Ordered, SearchError? Error)> MatchAsync(SearchPlacesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (centre, error) = ResolveCentre(query);
        if (error is not null)
        {
            return (null, error);
        }

        var candidates = await Filter(query, centre).Select(p => new Candidate(p.Id, p.Name, p.Latitude, p.Longitude, p.OpeningHours, p.HasInterpretableHours, p.DepartmentCode))
            .ToListAsync(cancellationToken);
        var text = query.Text is { Length: > 0 } q ? CommuneNameKey.For(q) : null;
        var today = ParisTime.Today(time);
        var hits = new List<(Candidate Candidate, double? Distance)>();
        foreach (var candidate in candidates)
        {
            double? distance = null;
            if (centre is { } c)
            {
                distance = GeoDistance.Kilometres(c.Latitude, c.Longitude, candidate.Latitude!.Value, candidate.Longitude!.Value);
                if (distance > query.RadiusKm)
                {
                    continue;
                }
            }

            if (text is not null && !NameMatches(text, candidate.Name))
            {
                continue;
            }

            if (query.FiltersOnOpeningHours && !OpeningMatches(query, candidate, today))
            {
                continue;
            }

            hits.Add((candidate, distance));
        }

        return ([.. hits.OrderBy(h => h.Distance ?? 0).ThenBy(h => h.Candidate.Name, FrenchNames)], null);
    }

    private IQueryable<Place> Filter(SearchPlacesQuery query, (double Latitude, double Longitude)? centre)
    {
        var places = db.Places().AsNoTracking();
        if (centre is { } c)
        {
            // A box around the point, cut by the exact distance afterwards; places without a position are out.
            var latitudeDelta = query.RadiusKm / 110.574;
            var longitudeDelta = query.RadiusKm / (111.320 * Math.Max(0.01, Math.Cos(c.Latitude * Math.PI / 180)));
            places = places.Where(p => p.Latitude != null && p.Longitude != null
                && p.Latitude >= c.Latitude - latitudeDelta && p.Latitude <= c.Latitude + latitudeDelta
                && p.Longitude >= c.Longitude - longitudeDelta && p.Longitude <= c.Longitude + longitudeDelta);
        }

        if (query.Departments.Count > 0)
        {
            places = places.Where(p => query.Departments.Contains(p.DepartmentCode!));
        }

        if (query.Regions.Count > 0)
        {
            places = places.Where(p => query.Regions.Contains(p.RegionCode!));
        }

        places = AnyOf(places, query);
        if (query.TargetPublics != TargetPublic.None)
        {
            places = places.Where(p => (p.TargetPublics & query.TargetPublics) == query.TargetPublics);
        }

        if (query.SpecificSupports != SpecificSupport.None)
        {
            places = places.Where(p => (p.SpecificSupports & query.SpecificSupports) == query.SpecificSupports);
        }

        if (query.Typologies.Count > 0)
        {
            var codes = query.Typologies.Select(t => "|" + t + "|").ToList();
            places = places.Where(p => p.Typologies != null && codes.Any(code => ("|" + p.Typologies + "|").Contains(code)));
        }

        if (query.OnlineBooking)
        {
            places = places.Where(p => p.BookingUrl != null);
        }

        if (query.AccessibilitySheet)
        {
            places = places.Where(p => p.AccessibilitySheetUrl != null);
        }

        return query.FiltersOnOpeningHours ? places.Where(p => p.HasInterpretableHours) : places;
    }

    private static IQueryable<Place> AnyOf(IQueryable<Place> places, SearchPlacesQuery query)
    {
        if (query.Services != ServiceKind.None)
        {
            places = places.Where(p => (p.Services & query.Services) != 0);
        }

        if (query.FeeConditions != FeeCondition.None)
        {
            places = places.Where(p => (p.FeeConditions & query.FeeConditions) != 0);
        }

        if (query.SupportModes != SupportMode.None)
        {
            places = places.Where(p => (p.SupportModes & query.SupportModes) != 0);
        }

        if (query.AccessModes != AccessMode.None)
        {
            places = places.Where(p => (p.AccessModes & query.AccessModes) != 0);
        }

        if (query.NationalProgrammes != NationalProgramme.None)
        {
            places = places.Where(p => (p.NationalProgrammes & query.NationalProgrammes) != 0);
        }

        if (query.TrainingLabels != TrainingLabel.None)
        {
            places = places.Where(p => (p.TrainingLabels & query.TrainingLabels) != 0);
        }

        return places;
    }

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

    /// <summary>Every word of the query (but short ones like "de") is in the name, exactly, as a prefix or nearly (a typo).</summary>
    private static bool NameMatches(string key, string name)
    {
        var nameKey = CommuneNameKey.For(name);
        if (nameKey.Contains(key, StringComparison.Ordinal))
        {
            return true;
        }

        var nameWords = nameKey.Split(' ');
        var words = key.Split(' ').Where(w => w.Length > 2).ToList();
        return words.Count > 0 && words.All(word =>
            nameWords.Any(n => n.StartsWith(word, StringComparison.Ordinal) || (word.Length > 3 && Fuzz.Ratio(word, n) >= FuzzyThreshold)));
    }

    private static bool OpeningMatches(SearchPlacesQuery query, Candidate candidate, DateOnly today)
    {
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

using Relais.Web.Standard;

namespace Relais.Web.Features.Places.Search;

/// <summary>The part of a search the database evaluates: territory, a box around the point, flags and lists.</summary>
internal static class PlaceSearchFilters
{
    /// <summary>
    /// The places the public sees: a source record merged into another place is hidden behind it (its page and
    /// API address lead there). Every list of places — search, map, export, kept name order — starts here.
    /// </summary>
    public static IQueryable<Place> Visible(IQueryable<Place> places) => places.Where(p => p.MergedIntoId == null);

    /// <summary>The filters the database evaluates; returns <paramref name="places"/> itself when there is none.</summary>
    public static IQueryable<Place> Apply(IQueryable<Place> places, SearchPlacesQuery query, (double Latitude, double Longitude)? centre)
    {
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
}

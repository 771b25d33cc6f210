using Relais.Web.Features.Places;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure;
using Relais.Web.OpeningHours;

namespace Relais.Web.Pages;

/// <summary>What the place page and the orientation sheet show of a place, computed once.</summary>
public sealed record PlaceDetails(Place Place, OpeningHoursSchedule? Schedule, DateTimeOffset Now, DateOnly Today)
{
    public static PlaceDetails For(Place place, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(time);
        return new PlaceDetails(place, OpeningHoursCache.Get(place.OpeningHours), time.GetUtcNow(), ParisTime.Today(time));
    }

    /// <summary>"Ouvert — ferme à 17h30", or null when the hours cannot be read.</summary>
    public string? Status => Schedule?.StatusText(Now, Place.DepartmentCode);

    public bool IsStale => Place.UpdatedOn < Today.AddYears(-1);

    /// <summary>Share of the optional fields that are filled, as the national map's completion indicator.</summary>
    public int Completion
    {
        get
        {
            var place = Place;
            object?[] optional =
            [
                place.Pivot, place.InseeCode, place.Latitude, place.Typologies, place.Phone, place.Emails, place.Websites, place.OpeningHours,
                place.SummaryPresentation, place.DetailedPresentation, place.Services == 0 ? null : place.Services, place.FeeConditions == 0 ? null : place.FeeConditions,
                place.SupportModes == 0 ? null : place.SupportModes, place.AccessModes == 0 ? null : place.AccessModes, place.AccessibilitySheetUrl, place.BookingUrl,
            ];
            return (int)Math.Round(100.0 * optional.Count(v => v is not null) / optional.Length);
        }
    }

    public string DirectionsUrl => Place.Latitude is { } lat && Place.Longitude is { } lon
        ? FormattableString.Invariant($"https://www.openstreetmap.org/directions?to={lat}%2C{lon}")
        : $"https://www.openstreetmap.org/search?query={Uri.EscapeDataString($"{Place.Address} {Place.PostalCode} {Place.Commune}")}";

    public IReadOnlyList<string> Emails => Split(Place.Emails);

    public IReadOnlyList<string> Websites => Split(Place.Websites);

    public WeeklyTable? Week => Schedule?.WeekOf(Today, Place.DepartmentCode);

    private static string[] Split(string? value) => (value ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries);
}

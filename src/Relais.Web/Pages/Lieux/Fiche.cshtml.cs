using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.OpeningHours;

namespace Relais.Web.Pages.Lieux;

/// <summary>The place page ("fiche"): every field of the standard in plain words.</summary>
public sealed class FicheModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Place Place { get; private set; } = null!;

    public OpeningHoursSchedule? Schedule { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Share of the optional fields that are filled, as the national map's completion indicator.</summary>
    public int Completion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var place = await db.Places().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return NotFound();
        }

        Place = place;
        Schedule = OpeningHoursCache.Get(place.OpeningHours);
        Now = time.GetUtcNow();
        Today = ParisTime.Today(time);
        object?[] optional =
        [
            place.Pivot, place.InseeCode, place.Latitude, place.Typologies, place.Phone, place.Emails, place.Websites, place.OpeningHours,
            place.SummaryPresentation, place.DetailedPresentation, place.Services == 0 ? null : place.Services, place.FeeConditions == 0 ? null : place.FeeConditions,
            place.SupportModes == 0 ? null : place.SupportModes, place.AccessModes == 0 ? null : place.AccessModes, place.AccessibilitySheetUrl, place.BookingUrl,
        ];
        Completion = (int)Math.Round(100.0 * optional.Count(v => v is not null) / optional.Length);
        return Page();
    }

    public bool IsStale => Place.UpdatedOn < Today.AddYears(-1);

    public string DirectionsUrl => Place.Latitude is { } lat && Place.Longitude is { } lon
        ? FormattableString.Invariant($"https://www.openstreetmap.org/directions?to={lat}%2C{lon}")
        : $"https://www.openstreetmap.org/search?query={Uri.EscapeDataString($"{Place.Address} {Place.PostalCode} {Place.Commune}")}";
}

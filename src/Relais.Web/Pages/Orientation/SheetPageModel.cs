using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Orientation;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Pages.Orientation;

/// <summary>
/// The orientation sheet of one place: a preview that prints cleanly, and the form that fills it (the person's
/// name and notes, the referrer's name and structure). Posted values are shown back, never stored.
/// </summary>
public abstract class SheetPageModel(AppDbContext db, FormStamp stamps, TimeProvider time) : PageModel
{
    [BindProperty]
    public OrientationSheet Sheet { get; set; } = new();

    /// <summary>The honeypot: hidden from people and screen readers, filled by robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public PlaceDetails Details { get; private set; } = null!;

    public OrientationState State { get; private set; } = new();

    public string? SentTo { get; protected set; }

    public DateOnly Today => Details.Today;

    public string FormAction => $"/orientation/fiche/{Details.Place.Id}?{State.ToQueryString()}";

    public string SendAction => $"/orientation/fiche/{Details.Place.Id}/envoyer?{State.ToQueryString()}";

    public string BackUrl => State.HasPlace ? $"/orientation/resultats?{State.ToQueryString()}" : $"/lieux/{Details.Place.Id}";

    public string PlaceUrl => $"{Request.Scheme}://{Request.Host}/lieux/{Details.Place.Id}";

    protected FormStamp Stamps => stamps;

    protected async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var place = await db.PublishedPlaces().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return false;
        }

        Details = PlaceDetails.For(place, time);
        State = OrientationState.From(Request.Query);
        return true;
    }

    protected void AddProblems(IEnumerable<(string Field, string Message)> problems)
    {
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Sheet)}.{field}", message);
        }
    }
}

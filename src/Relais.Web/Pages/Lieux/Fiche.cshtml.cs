using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Lieux;

/// <summary>The place page ("fiche"): every field of the standard in plain words.</summary>
public sealed class FicheModel(AppDbContext db, TimeProvider time, CurrentUser current, ReviewAccess reviews) : PageModel
{
    public PlaceDetails Details { get; private set; } = null!;

    public Place Place => Details.Place;

    public PlaceSources Sources { get; private set; } = null!;

    /// <summary>A merged place seen by a moderator of its territory: the page offers to undo the merge.</summary>
    public bool CanUnmerge { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var place = await db.PublishedPlaces().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return NotFound();
        }

        // A source record merged into another place: its page moves, for good, to the merged place.
        if (place.MergedIntoId is { } merged)
        {
            return RedirectToPagePermanent("/Lieux/Fiche", new { id = merged });
        }

        Sources = await PlaceSources.LoadAsync(db, place, cancellationToken);
        Details = PlaceDetails.For(place, time);
        CanUnmerge = place.IsMerged && await reviews.CanUnmergeAsync(await current.GetAsync(cancellationToken), place.Id, cancellationToken);
        return Page();
    }
}

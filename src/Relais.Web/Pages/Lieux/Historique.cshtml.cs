using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Lieux;

/// <summary>The public history of a place: every change, field by field; authors' names for moderators only.</summary>
public sealed class HistoriqueModel(AppDbContext db, CurrentUser current, ListPlaceChangesHandler list) : PageModel
{
    public string PlaceId { get; private set; } = string.Empty;

    public string PlaceName { get; private set; } = string.Empty;

    public IReadOnlyList<PlaceChangeItem> Changes { get; private set; } = [];

    public bool WithNames { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var name = await db.Places().AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        (PlaceId, PlaceName) = (id, name);
        (Changes, WithNames) = await list.HandleAsync(id, await current.GetAsync(cancellationToken), cancellationToken);
        return Page();
    }
}

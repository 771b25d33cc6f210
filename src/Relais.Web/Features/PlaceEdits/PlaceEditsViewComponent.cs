using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.PlaceEdits;

public sealed record PlaceEditsView(string PlaceId, string? Charter, IReadOnlyList<(string Field, DateTimeOffset At)> EditedFields, bool CanEdit);

/// <summary>On the place page: the charter, the fields its team edited by hand (and when), the history and edit links.</summary>
public sealed class PlaceEditsViewComponent(AppDbContext db, CurrentUser current, PlaceAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var cancellationToken = HttpContext.RequestAborted;
        var edited = await db.Set<PlaceFieldOverride>().AsNoTracking().Where(o => o.PlaceId == place.Id)
            .Select(o => new { o.Field, o.EditedAt }).ToListAsync(cancellationToken);
        var canEdit = await access.CanEditAsync(await current.GetAsync(cancellationToken), place.Id, cancellationToken);
        return View(new PlaceEditsView(place.Id, place.Charter, [.. edited.Select(e => (e.Field, e.EditedAt)).OrderBy(e => e.Field, StringComparer.Ordinal)], canEdit));
    }
}

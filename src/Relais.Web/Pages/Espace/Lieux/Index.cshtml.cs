using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Espace.Lieux;

public sealed record EditablePlace(string Id, string Name, string Commune, string Organisation, DateOnly UpdatedOn);

/// <summary>"Vos lieux": the places that this person's organisations maintain, each with its edit and history links.</summary>
[Authorize]
public sealed class IndexModel(CurrentUser current, AppDbContext db) : PageModel
{
    public IReadOnlyList<EditablePlace> Places { get; private set; } = [];

    public bool IsNational { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        IsNational = PlaceAccess.IsNational(user);
        var organisationIds = user.Memberships.Select(m => m.OrganisationId).ToList();
        var rows = await db.Set<OrganisationPlace>().AsNoTracking().Where(o => organisationIds.Contains(o.OrganisationId))
            .Join(db.Places(), o => o.PlaceId, p => p.Id, (o, p) => new { o.OrganisationId, p.Id, p.Name, p.Commune, p.UpdatedOn })
            .Join(db.Set<Organisation>(), x => x.OrganisationId, o => o.Id, (x, o) => new EditablePlace(x.Id, x.Name, x.Commune, o.Name, x.UpdatedOn))
            .ToListAsync(cancellationToken);
        Places = [.. rows.OrderBy(p => p.Name, StringComparer.Ordinal)];
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Espace;

/// <summary>The signed-in person's space: their organisations and the places these maintain.</summary>
[Authorize]
public sealed class IndexModel(CurrentUser current, AppDbContext db) : PageModel
{
    public User Account { get; private set; } = null!;

    public IReadOnlyList<(Organisation Organisation, Role Role, IReadOnlyList<(string Id, string Name, string Commune)> Places)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        var organisationIds = user.Memberships.Select(m => m.OrganisationId).ToList();
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var owned = await db.Set<OrganisationPlace>().AsNoTracking().Where(p => organisationIds.Contains(p.OrganisationId))
            .Join(db.Places(), o => o.PlaceId, p => p.Id, (o, p) => new { o.OrganisationId, p.Id, p.Name, p.Commune })
            .ToListAsync(cancellationToken);
        Organisations = [.. organisations.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (
            o,
            user.Memberships.Single(m => m.OrganisationId == o.Id).Role,
            (IReadOnlyList<(string, string, string)>)[.. owned.Where(p => p.OrganisationId == o.Id).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id, p.Name, p.Commune))]))];
        return Page();
    }
}

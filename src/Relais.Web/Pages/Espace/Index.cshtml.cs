using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Freshness;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Espace;

/// <summary>The signed-in person's space: their organisations and the places these maintain.</summary>
[Authorize]
public sealed class IndexModel(CurrentUser current, AppDbContext db, PlaceAccess access, ListReviewPageHandler reviews, TimeProvider time) : PageModel
{
    public User Account { get; private set; } = null!;

    public IReadOnlyList<(Organisation Organisation, Role Role, IReadOnlyList<OwnedPlace> Places)> Organisations { get; private set; } = [];

    /// <summary>For moderators and coordinators: how many published places of their scope were not confirmed for a year.</summary>
    public int? StaleInScope { get; private set; }

    /// <summary>For moderators and coordinators: the pairs of possible duplicates they may decide.</summary>
    public int PendingPairs { get; private set; }

    public bool IsModerator => Account.AccountRole is Role.Admin or Role.Moderator or Role.TerritoryCoordinator;

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
            .Join(db.PublishedPlaces(), o => o.PlaceId, p => p.Id, (o, p) => new { o.OrganisationId, p.Id, p.Name, p.Commune, p.UpdatedOn })
            .ToListAsync(cancellationToken);
        var today = ParisTime.Today(time);
        Organisations = [.. organisations.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (
            o,
            user.Memberships.Single(m => m.OrganisationId == o.Id).Role,
            (IReadOnlyList<OwnedPlace>)[.. owned.Where(p => p.OrganisationId == o.Id).OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new OwnedPlace(p.Id, p.Name, p.Commune, p.UpdatedOn, p.UpdatedOn <= Freshness.ReminderCutoff(today), Freshness.IsOverAYearOld(p.UpdatedOn, today)))]))];
        if (IsModerator)
        {
            var yearAgo = today.AddYears(-1);
            StaleInScope = await access.Moderated(user).Where(p => p.UnpublishedAt == null && p.UpdatedOn < yearAgo).CountAsync(cancellationToken);
            PendingPairs = await reviews.CountAsync(user, cancellationToken);
        }

        return Page();
    }
}

/// <summary>A place of the person's organisation, with its freshness: to confirm after six months, flagged after a year.</summary>
public sealed record OwnedPlace(string Id, string Name, string Commune, DateOnly UpdatedOn, bool ToConfirm, bool OverAYear);

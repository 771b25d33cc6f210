using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// Who may do what with a place, decided on the server for every page and API call:
/// Admin and Moderator everywhere; a TerritoryCoordinator reads and moderates the places of their départements
/// and régions; Mediators and OrganisationAdmins edit the places their organisations maintain, and no other.
/// </summary>
public sealed class PlaceAccess(AppDbContext db)
{
    public static bool IsNational(User user) => user?.AccountRole is Role.Admin or Role.Moderator;

    public async Task<bool> CanEditAsync(User? user, string placeId, CancellationToken cancellationToken = default)
    {
        if (user is null)
        {
            return false;
        }

        if (IsNational(user))
        {
            return true;
        }

        var organisations = user.Memberships.Select(m => m.OrganisationId).ToList();
        return organisations.Count > 0 && await db.Set<OrganisationPlace>().AnyAsync(p => p.PlaceId == placeId && organisations.Contains(p.OrganisationId), cancellationToken);
    }

    public async Task<bool> CanModerateAsync(User? user, string placeId, CancellationToken cancellationToken = default)
    {
        if (user is null)
        {
            return false;
        }

        if (IsNational(user))
        {
            return true;
        }

        return await Moderated(user).AnyAsync(p => p.Id == placeId, cancellationToken);
    }

    /// <summary>The places whose reports this person sees and handles: maintained by their organisations, or in their territories.</summary>
    public IQueryable<Place> Moderated(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var places = db.Places();
        if (IsNational(user))
        {
            return places;
        }

        var organisations = user.Memberships.Select(m => m.OrganisationId).ToList();
        var codes = user.AccountRole == Role.TerritoryCoordinator ? user.TerritoryCodes : [];
        var departments = codes.Where(c => !c.StartsWith('R')).ToList();
        var regions = codes.Where(c => c.StartsWith('R')).Select(c => c[1..]).ToList();
        var owned = db.Set<OrganisationPlace>().Where(o => organisations.Contains(o.OrganisationId)).Select(o => o.PlaceId);
        return places.Where(p => owned.Contains(p.Id) || departments.Contains(p.DepartmentCode!) || regions.Contains(p.RegionCode!));
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Claims;

public sealed record PlaceClaimItem(Guid Id, string PlaceId, string PlaceName, string Commune, string OrganisationName, string OrganisationIdentifier, string RequesterEmail, ClaimGround Ground, string? Message, DateTimeOffset CreatedAt);

/// <summary>Pending claims for the moderators: all of them for national moderation, their territories' for coordinators.</summary>
public sealed class ListPlaceClaimsHandler(AppDbContext db, PlaceAccess access)
{
    public static bool IsModerator(User? user) => user?.AccountRole is Role.Admin or Role.Moderator or Role.TerritoryCoordinator;

    public async Task<IReadOnlyList<PlaceClaimItem>> HandleAsync(User user, CancellationToken cancellationToken = default)
    {
        if (!IsModerator(user))
        {
            return [];
        }

        var items = await db.Set<PlaceClaim>().AsNoTracking().Where(c => c.Status == ClaimStatus.Pending)
            .Join(access.Moderated(user), c => c.PlaceId, p => p.Id, (c, p) => new { c, p.Name, p.Commune })
            .Join(db.Set<Organisation>(), x => x.c.OrganisationId, o => o.Id, (x, o) => new { x.c, x.Name, x.Commune, Organisation = o.Name, o.Siret, o.Rna })
            .Join(db.Set<User>(), x => x.c.UserId, u => u.Id, (x, u) => new PlaceClaimItem(x.c.Id, x.c.PlaceId, x.Name, x.Commune, x.Organisation, x.Siret ?? x.Rna ?? string.Empty, u.Email, x.c.Ground, x.c.Message, x.c.CreatedAt))
            .ToListAsync(cancellationToken);

        // Sorted here: SQLite cannot order by a date-time with offset.
        return [.. items.OrderBy(i => i.CreatedAt).Take(500)];
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record OrganisationMemberItem(Guid UserId, string Email, string? DisplayName, Role Role, bool Pending, DateTimeOffset Since);

/// <summary>
/// The members of an organisation, for its admins (and national admins): who they are, their role, and whether
/// they have accepted their invitation yet.
/// </summary>
public sealed class ListOrganisationMembersHandler(AppDbContext db)
{
    public async Task<(Organisation? Organisation, IReadOnlyList<OrganisationMemberItem> Members, AccountsError? Error)> HandleAsync(User user, Guid organisationId, CancellationToken cancellationToken = default)
    {
        if (!OrganisationMembers.IsAdmin(user, organisationId))
        {
            return (null, [], OrganisationMembers.Forbidden);
        }

        var organisation = await db.Set<Organisation>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return (null, [], new("organisation.not_found", "Cette structure n'existe pas."));
        }

        var members = await db.Set<Membership>().AsNoTracking().Where(m => m.OrganisationId == organisationId)
            .Join(db.Set<User>(), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName, m.Role, u.LastSignInAt, u.PasswordHash, m.CreatedAt })
            .ToListAsync(cancellationToken);
        var invited = await db.Set<OneTimeToken>().AsNoTracking()
            .Where(t => t.Purpose == TokenPurpose.Invitation && t.OrganisationId == organisationId && t.UsedAt == null)
            .Join(db.Set<User>(), t => t.UserId, u => u.Id, (t, u) => new { u.Id, u.Email, u.DisplayName, t.Role, t.CreatedAt })
            .ToListAsync(cancellationToken);
        var items = members.Select(m => new OrganisationMemberItem(m.Id, m.Email, m.DisplayName, m.Role, false, m.CreatedAt))
            .Concat(invited.Where(i => members.All(m => m.Id != i.Id)).GroupBy(i => i.Id).Select(g => g.First())
                .Select(i => new OrganisationMemberItem(i.Id, i.Email, i.DisplayName, i.Role ?? Role.Mediator, true, i.CreatedAt)));
        return (organisation, [.. items.OrderBy(i => i.Pending).ThenBy(i => i.Email, StringComparer.Ordinal)], null);
    }
}

public static class OrganisationMembers
{
    public static readonly AccountsError Forbidden = new("organisation.forbidden", "Seuls les administrateurs de la structure gèrent ses membres.");

    /// <summary>An OrganisationAdmin of this organisation, or a national Admin.</summary>
    public static bool IsAdmin(User? user, Guid organisationId) =>
        user is not null && (user.AccountRole == Role.Admin || user.Memberships.Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin));
}

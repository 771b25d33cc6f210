using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record RemoveMemberCommand(Guid OrganisationId, Guid UserId);

/// <summary>
/// An organisation admin removes a member (or withdraws an invitation not yet accepted). An admin may leave, but
/// not as the last admin: the organisation would have no one to manage it.
/// </summary>
public sealed class RemoveMemberHandler(AppDbContext db)
{
    public async Task<AccountsError?> HandleAsync(User remover, RemoveMemberCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remover);
        ArgumentNullException.ThrowIfNull(command);
        if (!OrganisationMembers.IsAdmin(remover, command.OrganisationId))
        {
            return OrganisationMembers.Forbidden;
        }

        var membership = await db.Set<Membership>().SingleOrDefaultAsync(m => m.OrganisationId == command.OrganisationId && m.UserId == command.UserId, cancellationToken);
        var invitations = await db.Set<OneTimeToken>()
            .Where(t => t.Purpose == TokenPurpose.Invitation && t.OrganisationId == command.OrganisationId && t.UserId == command.UserId && t.UsedAt == null)
            .ToListAsync(cancellationToken);
        if (membership is null && invitations.Count == 0)
        {
            return new("membership.not_found", "Cette personne ne fait pas partie de la structure.");
        }

        if (membership?.Role == Role.OrganisationAdmin && command.UserId == remover.Id
            && await db.Set<Membership>().CountAsync(m => m.OrganisationId == command.OrganisationId && m.Role == Role.OrganisationAdmin, cancellationToken) == 1)
        {
            return new("membership.last_admin", "Vous êtes le dernier administrateur de la structure : nommez-en un autre avant de partir.");
        }

        if (membership is not null)
        {
            db.Remove(membership);
        }

        db.RemoveRange(invitations);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

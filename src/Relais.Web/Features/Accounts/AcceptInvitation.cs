using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record AcceptInvitationCommand(string Secret, string? DisplayName);

/// <summary>
/// The invitee opens the link, gives the name their colleagues will see and joins the organisation (the link is
/// used once; <see cref="RedeemTokenHandler"/> adds the membership and signs the account in).
/// </summary>
public sealed class AcceptInvitationHandler(AppDbContext db, RedeemTokenHandler redeem)
{
    public const int MaxNameLength = 100;

    /// <summary>The organisation an invitation link is for, while the link is usable.</summary>
    public async Task<string?> OrganisationNameAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = ApiToken.HashOf(secret ?? string.Empty);
        var token = await db.Set<OneTimeToken>().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash && t.Purpose == TokenPurpose.Invitation, cancellationToken);
        var user = token is null ? null : await db.Set<User>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (token is null || user is null || token.UsedAt is not null || token.SecurityStamp != user.SecurityStamp)
        {
            return null;
        }

        return await db.Set<Organisation>().Where(o => o.Id == token.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<(User? User, AccountsError? Error)> HandleAsync(AcceptInvitationCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command.DisplayName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return (null, new("invitation.name_required", "Indiquez votre nom, tel que vos collègues le verront."));
        }

        if (name.Length > MaxNameLength)
        {
            return (null, new("invitation.name_too_long", $"Le nom fait plus de {MaxNameLength} caractères."));
        }

        var (user, error) = await redeem.HandleAsync(new RedeemTokenCommand(command.Secret, TokenPurpose.Invitation), cancellationToken);
        if (user is null)
        {
            return (null, error);
        }

        user.SetDisplayName(name);
        await db.SaveChangesAsync(cancellationToken);
        return (user, null);
    }
}

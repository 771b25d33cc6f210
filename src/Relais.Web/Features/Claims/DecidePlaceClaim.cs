using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.Claims;

public sealed record DecidePlaceClaimCommand(Guid ClaimId, bool Approve);

/// <summary>A moderator approves a claim (the place joins the organisation's places) or rejects it; the requester is told.</summary>
public sealed partial class DecidePlaceClaimHandler(AppDbContext db, PlaceAccess access, IEmailSender email, TimeProvider time, ILogger<DecidePlaceClaimHandler> logger)
{
    public async Task<AccountsError?> HandleAsync(User moderator, DecidePlaceClaimCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        ArgumentNullException.ThrowIfNull(command);
        var claim = await db.Set<PlaceClaim>().SingleOrDefaultAsync(c => c.Id == command.ClaimId, cancellationToken);
        if (claim is null)
        {
            return new("claim.not_found", "Cette demande n'existe pas.");
        }

        if (!ListPlaceClaimsHandler.IsModerator(moderator) || !await access.CanModerateAsync(moderator, claim.PlaceId, cancellationToken))
        {
            return new("claim.forbidden", "Seule la modération du territoire de ce lieu décide de cette demande.");
        }

        var now = time.GetUtcNow();
        var approve = command.Approve;
        if (approve && await db.Set<OrganisationPlace>().AnyAsync(o => o.PlaceId == claim.PlaceId, cancellationToken))
        {
            return new("claim.place_already_managed", "Une structure gère déjà ce lieu : refusez cette demande.");
        }

        if (!claim.Decide(approve, moderator.Id, now))
        {
            return new("claim.already_decided", "Cette demande a déjà été traitée.");
        }

        if (approve)
        {
            db.Add(new OrganisationPlace { PlaceId = claim.PlaceId, OrganisationId = claim.OrganisationId, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await TellRequesterAsync(claim, approve, cancellationToken);
        return null;
    }

    private async Task TellRequesterAsync(PlaceClaim claim, bool approved, CancellationToken cancellationToken)
    {
        var to = await db.Set<User>().Where(u => u.Id == claim.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        var place = await db.Set<Places.Place>().Where(p => p.Id == claim.PlaceId).Select(p => p.Name).SingleAsync(cancellationToken);
        if (to is null)
        {
            return;
        }

        var text = approved
            ? $"Bonjour,\n\nVotre demande est acceptée : votre structure gère désormais la fiche « {place} » sur Relais. Vous la retrouverez dans votre espace.\n\nL'équipe Relais"
            : $"Bonjour,\n\nVotre demande de gérer la fiche « {place} » sur Relais n'a pas été acceptée par la modération. Vous pouvez toujours signaler une erreur depuis la fiche.\n\nL'équipe Relais";
        try
        {
            await email.SendAsync(new EmailMessage(to, approved ? $"Demande acceptée : {place}" : $"Demande refusée : {place}", text), cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            LogFailed(logger, exception, claim.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the requester of claim {ClaimId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid claimId);
}

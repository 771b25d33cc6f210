using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Claims;

public sealed record RequestPlaceClaimCommand(string PlaceId, Guid OrganisationId, string? Message);

/// <summary>
/// A signed-in member of an organisation asks that it maintain a place that came from a source and that no
/// organisation maintains yet; the request waits for a moderator.
/// </summary>
public sealed class RequestPlaceClaimHandler(AppDbContext db, TimeProvider time)
{
    public const int MaxMessageLength = 1_000;

    public async Task<(PlaceClaim? Claim, AccountsError? Error)> HandleAsync(User user, RequestPlaceClaimCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var place = await db.PublishedPlaces().AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.PlaceId, cancellationToken);
        if (place is null)
        {
            return (null, new("place.not_found", "Ce lieu n'existe pas."));
        }

        if (user.Memberships.All(m => m.OrganisationId != command.OrganisationId))
        {
            return (null, new("claim.organisation_required", "Choisissez une structure dont vous faites partie."));
        }

        if (await db.Set<OrganisationPlace>().AnyAsync(o => o.PlaceId == place.Id, cancellationToken))
        {
            return (null, new("claim.place_already_managed", "Une structure gère déjà ce lieu. Si c'est une erreur, signalez-le depuis la fiche du lieu."));
        }

        if (command.Message?.Trim().Length > MaxMessageLength)
        {
            return (null, new("claim.message_too_long", $"Le message fait plus de {MaxMessageLength} caractères."));
        }

        var organisation = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == command.OrganisationId, cancellationToken);
        if (ClaimEligibility.Ground(user.Email, organisation, StandardPlaceContacts.Of(place)) is not { } ground)
        {
            return (null, new("claim.not_eligible", "Nous ne pouvons pas relier votre compte à ce lieu : votre adresse électronique n'est pas à l'adresse du site ou du courriel du lieu, et le SIRET de votre structure n'est pas celui du lieu."));
        }

        if (await db.Set<PlaceClaim>().AnyAsync(c => c.PlaceId == place.Id && c.OrganisationId == organisation.Id && c.Status == ClaimStatus.Pending, cancellationToken))
        {
            return (null, new("claim.already_pending", "Une demande de votre structure pour ce lieu attend déjà la modération."));
        }

        var claim = PlaceClaim.Submit(place.Id, user.Id, organisation.Id, ground, command.Message, time.GetUtcNow());
        db.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return (claim, null);
    }
}

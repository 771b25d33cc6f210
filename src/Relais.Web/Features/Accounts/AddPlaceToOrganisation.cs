using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record AddPlaceToOrganisationCommand(string OrganisationIdentifier, string PlaceId);

/// <summary>Gives a place to an organisation to maintain; a place has one organisation at a time.</summary>
public sealed class AddPlaceToOrganisationHandler(AppDbContext db, TimeProvider time)
{
    public async Task<AccountsError?> HandleAsync(AddPlaceToOrganisationCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = await FindOrganisationAsync(db, command.OrganisationIdentifier, cancellationToken);
        if (organisation is null)
        {
            return new("organisation.not_found", $"Aucune structure n'a le SIRET ou RNA « {command.OrganisationIdentifier} ».");
        }

        if (!await db.Places().AnyAsync(p => p.Id == command.PlaceId, cancellationToken))
        {
            return new("place.not_found", $"Aucun lieu n'a l'identifiant « {command.PlaceId} ».");
        }

        var existing = await db.Set<OrganisationPlace>().SingleOrDefaultAsync(p => p.PlaceId == command.PlaceId, cancellationToken);
        if (existing is not null && existing.OrganisationId != organisation.Id)
        {
            return new("place.already_owned", "Ce lieu est déjà tenu par une autre structure : retirez-le d'abord de celle-ci.");
        }

        if (existing is null)
        {
            db.Add(new OrganisationPlace { PlaceId = command.PlaceId, OrganisationId = organisation.Id, CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return null;
    }

    public static Task<Organisation?> FindOrganisationAsync(AppDbContext db, string identifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (siret, rna) = OrganisationIdentifiers.Parse(identifier);
        return db.Set<Organisation>().SingleOrDefaultAsync(o => (siret != null && o.Siret == siret) || (rna != null && o.Rna == rna), cancellationToken);
    }
}

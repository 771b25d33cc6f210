using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;

namespace Relais.Web.Features.Accounts;

public sealed record CreateOrganisationCommand(string Name, string? Siret, string? Rna, string? Typology = null, string? Address = null);

public sealed record AccountsError(string Code, string Message);

/// <summary>Creates an organisation identified by exactly one of SIRET or RNA; the identifier is unique.</summary>
public sealed class CreateOrganisationHandler(AppDbContext db, TimeProvider time)
{
    public async Task<(Organisation? Organisation, AccountsError? Error)> HandleAsync(CreateOrganisationCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > 200)
        {
            return (null, new("organisation.name_invalid", "Le nom de la structure est obligatoire (200 caractères au plus)."));
        }

        if ((command.Siret is null) == (command.Rna is null))
        {
            return (null, new("organisation.identifier_required", "Donnez soit le SIRET, soit le numéro RNA de la structure."));
        }

        var siret = command.Siret is null ? null : OrganisationIdentifiers.NormalizeSiret(command.Siret);
        var rna = command.Rna is null ? null : OrganisationIdentifiers.NormalizeRna(command.Rna);
        if (command.Siret is not null && siret is null)
        {
            return (null, new("organisation.siret_invalid", $"« {command.Siret} » n'est pas un SIRET valide (14 chiffres, clé de contrôle)."));
        }

        if (command.Rna is not null && rna is null)
        {
            return (null, new("organisation.rna_invalid", $"« {command.Rna} » n'est pas un numéro RNA valide (W suivi de 9 caractères, ex. W263001234)."));
        }

        string? typology = null;
        if (command.Typology is { Length: > 0 } code)
        {
            if (!Typologies.TryFind(code, out var found, out _))
            {
                return (null, new("organisation.typology_invalid", $"« {code} » n'est pas un code de typologie du standard."));
            }

            typology = found.Code;
        }

        if (await db.Set<Organisation>().AnyAsync(o => (siret != null && o.Siret == siret) || (rna != null && o.Rna == rna), cancellationToken))
        {
            return (null, new("organisation.already_exists", $"Une structure existe déjà avec l'identifiant {siret ?? rna}."));
        }

        var organisation = Organisation.Create(command.Name, siret, rna, typology, command.Address, time.GetUtcNow());
        db.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return (organisation, null);
    }
}

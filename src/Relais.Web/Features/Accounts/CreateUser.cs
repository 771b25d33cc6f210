using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <param name="Organisation">SIRET or RNA, required for Mediator and OrganisationAdmin.</param>
/// <param name="Territories">Département codes and R-prefixed région codes, required for TerritoryCoordinator.</param>
public sealed record CreateUserCommand(string Email, Role Role, string? Organisation = null, IReadOnlyList<string>? Territories = null, string? Password = null, string? DisplayName = null);

/// <summary>Creates an account with its role: a membership of an organisation, or an account-wide role.</summary>
public sealed class CreateUserHandler(AppDbContext db, IPasswordHasher<User> hasher, TimeProvider time)
{
    public const int MinPasswordLength = 12;

    public async Task<(User? User, AccountsError? Error)> HandleAsync(CreateUserCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = User.NormalizeEmail(command.Email);
        if (!IsEmail(email))
        {
            return (null, new("user.email_invalid", $"« {command.Email} » n'est pas une adresse électronique valide."));
        }

        if (PasswordProblem(command.Password) is { } passwordProblem)
        {
            return (null, passwordProblem);
        }

        Organisation? organisation = null;
        if (command.Role.IsMembershipRole())
        {
            if (string.IsNullOrWhiteSpace(command.Organisation))
            {
                return (null, new("user.organisation_required", $"Le rôle {command.Role} demande --organisation (SIRET ou RNA de la structure)."));
            }

            organisation = await AddPlaceToOrganisationHandler.FindOrganisationAsync(db, command.Organisation, cancellationToken);
            if (organisation is null)
            {
                return (null, new("organisation.not_found", $"Aucune structure n'a le SIRET ou RNA « {command.Organisation} »."));
            }
        }

        var (territories, territoryError) = await TerritoriesAsync(command, cancellationToken);
        if (territoryError is not null)
        {
            return (null, territoryError);
        }

        if (await db.Set<User>().AnyAsync(u => u.Email == email, cancellationToken))
        {
            return (null, new("user.already_exists", $"Un compte existe déjà pour {email}."));
        }

        var now = time.GetUtcNow();
        var user = User.Create(email, command.Role.IsMembershipRole() ? null : command.Role, territories, now);
        user.SetDisplayName(command.DisplayName);
        if (command.Password is { } password)
        {
            user.SetPasswordHash(hasher.HashPassword(user, password));
        }

        if (organisation is not null)
        {
            user.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisation.Id, Role = command.Role, CreatedAt = now });
        }

        db.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return (user, null);
    }

    public static bool IsEmail(string email) =>
        email.Length is > 3 and <= 254 && new EmailAddressAttribute().IsValid(email) && email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal);

    public static AccountsError? PasswordProblem(string? password) => password is not null && password.Length < MinPasswordLength
        ? new("user.password_too_short", $"Le mot de passe doit faire au moins {MinPasswordLength} caractères.")
        : null;

    private async Task<(List<string> Codes, AccountsError? Error)> TerritoriesAsync(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var codes = (command.Territories ?? []).SelectMany(t => t.Split([',', '|', ' '], StringSplitOptions.RemoveEmptyEntries)).Select(t => t.Trim().ToUpperInvariant()).Distinct().ToList();
        if (command.Role == Role.TerritoryCoordinator && codes.Count == 0)
        {
            return ([], new("user.territory_required", "Le rôle TerritoryCoordinator demande --territory (codes de départements, ex. 26,07, ou de régions préfixés par R, ex. R84)."));
        }

        if (command.Role != Role.TerritoryCoordinator && codes.Count > 0)
        {
            return ([], new("user.territory_unexpected", "--territory ne vaut que pour le rôle TerritoryCoordinator."));
        }

        var departments = await db.Set<Department>().Select(d => d.Code).ToListAsync(cancellationToken);
        var regions = await db.Set<Region>().Select(r => r.Code).ToListAsync(cancellationToken);
        foreach (var code in codes)
        {
            var known = code.StartsWith('R') ? regions.Contains(code[1..]) : departments.Contains(code);
            if (!known)
            {
                return ([], new("user.territory_unknown", $"« {code} » n'est ni un code de département (ex. 26, 2A, 971) ni un code de région préfixé par R (ex. R84)."));
            }
        }

        return (codes, null);
    }
}

using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.Accounts;

/// <param name="LinkBase">The absolute address the invitation secret is appended to, e.g. https://relais.example/espace/invitation/.</param>
public sealed record InviteMemberCommand(Guid OrganisationId, string? Email, Role Role, string LinkBase);

public enum InvitationOutcome
{
    /// <summary>A new person: an account without password was made and a link sent (they set their name and join).</summary>
    LinkSent,

    /// <summary>Someone who already uses Relais: the membership is added at once and they are told.</summary>
    Joined,
}

/// <summary>An organisation admin invites someone to the organisation, as Mediator or OrganisationAdmin.</summary>
public sealed partial class InviteMemberHandler(AppDbContext db, IEmailSender email, TimeProvider time, ILogger<InviteMemberHandler> logger)
{
    public async Task<(InvitationOutcome? Outcome, AccountsError? Error)> HandleAsync(User inviter, InviteMemberCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inviter);
        ArgumentNullException.ThrowIfNull(command);
        if (!OrganisationMembers.IsAdmin(inviter, command.OrganisationId))
        {
            return (null, OrganisationMembers.Forbidden);
        }

        var address = User.NormalizeEmail(command.Email ?? string.Empty);
        if (!IsEmail(address))
        {
            return (null, new("invitation.email_invalid", "Indiquez une adresse électronique valide, par exemple nom@exemple.fr."));
        }

        if (!command.Role.IsMembershipRole())
        {
            return (null, new("invitation.role_invalid", "Choisissez le rôle de la personne dans la structure."));
        }

        var organisation = await db.Set<Organisation>().SingleAsync(o => o.Id == command.OrganisationId, cancellationToken);
        var now = time.GetUtcNow();
        var user = await db.Set<User>().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Email == address, cancellationToken);
        if (user is not null && user.Memberships.Any(m => m.OrganisationId == organisation.Id))
        {
            return (null, new("invitation.already_member", "Cette personne fait déjà partie de la structure."));
        }

        // Someone who has already used Relais joins at once; an account never used (an earlier invitation) gets a new link.
        if (user is not null && (user.LastSignInAt is not null || user.PasswordHash is not null))
        {
            user.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisation.Id, Role = command.Role, CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
            await SendAsync(user.Email, $"Vous faites partie de « {organisation.Name} » sur Relais", $"""
                Bonjour,

                {Inviter(inviter)} vous a ajouté(e) à la structure « {organisation.Name} » sur Relais ({command.Role.Label()}).
                Vous la retrouverez dans votre espace en vous connectant.

                L'équipe Relais
                """, cancellationToken);
            return (InvitationOutcome.Joined, null);
        }

        if (user is null)
        {
            user = User.Create(address, null, [], now);
            db.Add(user);
        }

        var (token, secret) = OneTimeToken.Issue(TokenPurpose.Invitation, user, now, organisation.Id, command.Role);
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(user.Email, $"Invitation à rejoindre « {organisation.Name} » sur Relais", $"""
            Bonjour,

            {Inviter(inviter)} vous invite à rejoindre la structure « {organisation.Name} » sur Relais, l'annuaire des lieux de médiation numérique ({command.Role.Label()}).

            Pour accepter, ouvrez ce lien (valable {OneTimeToken.Lifetime(TokenPurpose.Invitation).TotalDays:0} jours, une seule fois) :
            {command.LinkBase}{secret}

            Si vous ne connaissez pas cette structure, ignorez ce message : aucun compte ne sera utilisé.

            L'équipe Relais
            """, cancellationToken);
        return (InvitationOutcome.LinkSent, null);
    }

    private static string Inviter(User inviter) => inviter.DisplayName is { } name ? $"{name} ({inviter.Email})" : inviter.Email;

    private static bool IsEmail(string address) =>
        address.Length is > 3 and <= 254 && MailAddress.TryCreate(address, out var parsed) && string.Equals(parsed.Address, address, StringComparison.Ordinal) && address.Contains('.', StringComparison.Ordinal);

    private async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(new EmailMessage(to, subject, text), cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail an invitation")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

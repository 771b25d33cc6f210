using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.Accounts;

/// <param name="LinkBase">The absolute address the secret is appended to, e.g. https://relais.example/connexion/lien/.</param>
public sealed record SendSignInLinkCommand(string Email, TokenPurpose Purpose, string LinkBase);

/// <summary>
/// E-mails a magic sign-in link or a password-reset link. Nothing tells the caller whether the address has an
/// account: the same answer either way, and no message to unknown addresses.
/// </summary>
public sealed partial class SendSignInLinkHandler(AppDbContext db, IEmailSender email, TimeProvider time, ILogger<SendSignInLinkHandler> logger)
{
    public async Task HandleAsync(SendSignInLinkCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var normalized = User.NormalizeEmail(command.Email);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        if (user is null || command.Purpose == TokenPurpose.Invitation)
        {
            return;
        }

        var (token, secret) = OneTimeToken.Issue(command.Purpose, user, time.GetUtcNow());
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        var minutes = OneTimeToken.Lifetime(command.Purpose).TotalMinutes;
        var (subject, intro) = command.Purpose == TokenPurpose.MagicLink
            ? ("Votre lien de connexion à Relais", $"Pour vous connecter à Relais, ouvrez ce lien (valable {minutes:0} minutes, une seule fois) :")
            : ("Choisir un nouveau mot de passe Relais", $"Pour choisir un nouveau mot de passe, ouvrez ce lien (valable {minutes:0} minutes, une seule fois) :");
        var text = $"""
            Bonjour,

            {intro}
            {command.LinkBase}{secret}

            Si vous n'avez rien demandé, ignorez ce message : rien ne change sur votre compte.

            L'équipe Relais
            """;
        try
        {
            await email.SendAsync(new EmailMessage(user.Email, subject, text), cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            LogFailed(logger, exception, user.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail a sign-in link to account {UserId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid userId);
}

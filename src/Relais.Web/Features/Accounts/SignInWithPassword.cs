using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.Accounts;

public sealed record SignInWithPasswordCommand(string Email, string Password, string SignInLinkUrl);

/// <summary>
/// Checks an e-mail and password. Every failure looks the same to the caller (no way to learn whether an account
/// exists); the fifth wrong password in a row locks the account for 15 minutes and tells its owner by e-mail.
/// </summary>
public sealed partial class SignInWithPasswordHandler(AppDbContext db, IPasswordHasher<User> hasher, IEmailSender email, TimeProvider time, ILogger<SignInWithPasswordHandler> logger)
{
    private static readonly User DummyUser = User.Create("dummy@relais.invalid", null, [], DateTimeOffset.UnixEpoch);
    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(DummyUser, "not-a-password-anyone-uses");

    public async Task<User?> HandleAsync(SignInWithPasswordCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var normalized = User.NormalizeEmail(command.Email);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        var now = time.GetUtcNow();
        if (user?.PasswordHash is null || user.IsLockedOut(now))
        {
            // Same work as a real check, so that timing does not tell accounts apart.
            hasher.VerifyHashedPassword(user ?? DummyUser, DummyHash, command.Password ?? string.Empty);
            return null;
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password ?? string.Empty);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = user.RecordFailedSignIn(now);
            await db.SaveChangesAsync(cancellationToken);
            if (locked)
            {
                await NotifyLockedAsync(user, command.SignInLinkUrl, cancellationToken);
            }

            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, command.Password!));
        }

        user.RecordSignIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task NotifyLockedAsync(User user, string signInLinkUrl, CancellationToken cancellationToken)
    {
        var text = $"""
            Bonjour,

            Quelqu'un a essayé {User.MaxFailedSignIns} fois de suite de se connecter à votre compte Relais avec un mauvais mot de passe.
            Par sécurité, la connexion par mot de passe est bloquée pendant {User.LockoutDuration.TotalMinutes:0} minutes.

            Si c'était vous : attendez un peu, ou recevez un lien de connexion par courriel : {signInLinkUrl}
            Si ce n'était pas vous : votre mot de passe n'a pas été trouvé. Vous pouvez le changer après vous être connecté.

            L'équipe Relais
            """;
        try
        {
            await email.SendAsync(new EmailMessage(user.Email, "Votre compte Relais a été bloqué pour 15 minutes", text), cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            LogLockNoticeFailed(logger, exception, user.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the lockout notice to account {UserId}")]
    private static partial void LogLockNoticeFailed(ILogger logger, Exception exception, Guid userId);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// A seam for what other features keep about an account: each step runs inside the deletion's transaction, before
/// the account row goes. History entries, for instance, replace the account by <paramref name="pseudonym"/>.
/// </summary>
public interface IAccountDeletionStep
{
    Task ApplyAsync(Guid userId, string pseudonym, CancellationToken cancellationToken);
}

public sealed record DeleteAccountCommand(Guid UserId, string? Password, bool Confirmed);

/// <summary>
/// A person deletes their own account: after confirming, with their password if they have one, else with a
/// sign-in of the last <see cref="FreshSignIn"/>. Memberships, tokens, pending invitations and claims go with the
/// account (cascades); the deletion steps run first; nothing personal remains.
/// </summary>
public sealed class DeleteAccountHandler(AppDbContext db, IPasswordHasher<User> hasher, IEnumerable<IAccountDeletionStep> steps, TimeProvider time)
{
    public static readonly TimeSpan FreshSignIn = TimeSpan.FromMinutes(15);

    /// <summary>A stable name that says an account existed without saying whose: "Compte supprimé 3F9A12".</summary>
    public static string PseudonymOf(Guid userId) =>
        "Compte supprimé " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("relais-deleted-account\n" + userId.ToString())))[..6];

    public static bool NeedsFreshSignIn(User user, DateTimeOffset now) =>
        user?.PasswordHash is null && (user?.LastSignInAt is not { } at || now - at > FreshSignIn);

    public async Task<AccountsError?> HandleAsync(DeleteAccountCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return new("user.not_found", "Ce compte n'existe plus.");
        }

        if (!command.Confirmed)
        {
            return new("account.confirmation_required", "Cochez la case pour confirmer la suppression.");
        }

        var now = time.GetUtcNow();
        if (user.PasswordHash is not null
            && hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            return new("account.password_wrong", "Le mot de passe est incorrect.");
        }

        if (NeedsFreshSignIn(user, now))
        {
            return new("account.sign_in_again", "Par sécurité, reconnectez-vous avec un lien reçu par courriel, puis revenez supprimer votre compte.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pseudonym = PseudonymOf(user.Id);
        foreach (var step in steps)
        {
            await step.ApplyAsync(user.Id, pseudonym, cancellationToken);
        }

        db.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}

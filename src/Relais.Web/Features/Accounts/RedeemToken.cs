using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record RedeemTokenCommand(string Secret, TokenPurpose Purpose, string? NewPassword = null);

/// <summary>
/// Uses a magic link, a password-reset link or an invitation: once, before it expires, and only while the
/// account's security stamp is unchanged. A reset sets the new password (which voids the other links).
/// </summary>
public sealed class RedeemTokenHandler(AppDbContext db, IPasswordHasher<User> hasher, TimeProvider time)
{
    public async Task<(User? User, AccountsError? Error)> HandleAsync(RedeemTokenCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Purpose == TokenPurpose.PasswordReset && CreateUserHandler.PasswordProblem(command.NewPassword ?? string.Empty) is { } problem)
        {
            return (null, problem);
        }

        var hash = ApiToken.HashOf(command.Secret ?? string.Empty);
        var token = await db.Set<OneTimeToken>().SingleOrDefaultAsync(t => t.Hash == hash && t.Purpose == command.Purpose, cancellationToken);
        var user = token is null ? null : await db.Set<User>().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        var now = time.GetUtcNow();
        if (token is null || user is null || !token.IsUsable(user, now))
        {
            return (null, new("token.invalid", "Ce lien n'est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau."));
        }

        token.Use(now);
        if (command.Purpose == TokenPurpose.PasswordReset)
        {
            user.SetPasswordHash(hasher.HashPassword(user, command.NewPassword!));
        }

        if (command.Purpose == TokenPurpose.Invitation && token.OrganisationId is { } organisationId && token.Role is { } role
            && !user.Memberships.Any(m => m.OrganisationId == organisationId))
        {
            user.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisationId, Role = role, CreatedAt = now });
        }

        user.RecordSignIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return (user, null);
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>Makes a new personal API token for an account and returns its secret (shown once, stored hashed).</summary>
public sealed class IssueApiTokenHandler(AppDbContext db, TimeProvider time)
{
    public async Task<(string? Secret, AccountsError? Error)> HandleAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = User.NormalizeEmail(email);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        if (user is null)
        {
            return (null, new("user.not_found", $"Aucun compte pour {normalized}."));
        }

        var (token, secret) = ApiToken.Issue(user.Id, time.GetUtcNow());
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (secret, null);
    }
}

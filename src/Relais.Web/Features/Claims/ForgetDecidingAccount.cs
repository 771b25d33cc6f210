using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Claims;

/// <summary>When a moderator's account is deleted, the claims they decided keep their outcome but no longer point to it.</summary>
public sealed class ForgetDecidingAccount(AppDbContext db) : IAccountDeletionStep
{
    public Task ApplyAsync(Guid userId, string pseudonym, CancellationToken cancellationToken) =>
        db.Set<PlaceClaim>().Where(c => c.DecidedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DecidedBy, (Guid?)null), cancellationToken);
}

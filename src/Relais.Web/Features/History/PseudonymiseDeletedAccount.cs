using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.History;

/// <summary>
/// When an account is deleted, the history entries it wrote stay (what changed, when, through which channel) but
/// name it by its pseudonym and lose the user id: the one update the history allows, for the person's right to erasure.
/// </summary>
public sealed class PseudonymiseDeletedAccount(AppDbContext db) : IAccountDeletionStep
{
    public Task ApplyAsync(Guid userId, string pseudonym, CancellationToken cancellationToken) =>
        db.Set<PlaceChange>().Where(c => c.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UserId, (Guid?)null).SetProperty(c => c.ActorLabel, pseudonym), cancellationToken);
}

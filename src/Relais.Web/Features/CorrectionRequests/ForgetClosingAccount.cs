using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.CorrectionRequests;

/// <summary>When an account is deleted, the reports it closed keep their outcome but no longer point to it.</summary>
public sealed class ForgetClosingAccount(AppDbContext db) : IAccountDeletionStep
{
    public Task ApplyAsync(Guid userId, string pseudonym, CancellationToken cancellationToken) =>
        db.Set<CorrectionRequest>().Where(r => r.ClosedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedBy, (Guid?)null), cancellationToken);
}

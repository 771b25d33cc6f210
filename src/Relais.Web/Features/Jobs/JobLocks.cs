using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Jobs;

/// <summary>This instance of the app, as the owner of job leases: one id per process and host.</summary>
public sealed class JobOwner
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}

/// <summary>
/// Takes and completes the lease of one occurrence of a job. The SQL is the same on SQLite and PostgreSQL
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>, a conditional UPDATE): each statement is atomic on its own, so two
/// instances racing for the same occurrence get one winner without an explicit transaction.
/// </summary>
public sealed class JobLocks(AppDbContext db)
{
    public async Task<bool> TryTakeAsync(string jobName, string occurrence, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var expiresMs = (now + lease).ToUnixTimeMilliseconds();
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "job_locks" ("job_name", "occurrence", "owner", "taken_at_ms", "expires_at_ms", "completed_at_ms") VALUES ({jobName}, {occurrence}, {owner}, {nowMs}, {expiresMs}, NULL) ON CONFLICT DO NOTHING""",
            cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        // Taken before: only an unfinished occurrence whose lease ran out (its owner stopped) may be taken over.
        var takenOver = await db.Set<JobLock>()
            .Where(l => l.JobName == jobName && l.Occurrence == occurrence && l.CompletedAtMs == null && l.ExpiresAtMs < nowMs)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.TakenAtMs, nowMs).SetProperty(l => l.ExpiresAtMs, expiresMs), cancellationToken);
        return takenOver == 1;
    }

    public Task<int> CompleteAsync(string jobName, string occurrence, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return db.Set<JobLock>()
            .Where(l => l.JobName == jobName && l.Occurrence == occurrence && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.CompletedAtMs, nowMs), cancellationToken);
    }
}

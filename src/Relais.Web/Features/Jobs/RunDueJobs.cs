using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Jobs;

/// <summary>
/// One tick of the scheduler: for each job, the due occurrence is run here if this instance takes its lease.
/// Returns what ran (<c>name:occurrence</c>). Each job runs in a scope of its own.
/// </summary>
public sealed partial class RunDueJobsHandler(IServiceScopeFactory scopes, JobOwner owner, TimeProvider time, ILogger<RunDueJobsHandler> logger)
{
    public async Task<IReadOnlyList<string>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var ran = new List<string>();
        List<string> names;
        await using (var scope = scopes.CreateAsyncScope())
        {
            names = [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name)];
        }

        foreach (var name in names)
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
            var now = time.GetUtcNow();
            if (job.DueOccurrence(now) is not { } occurrence)
            {
                continue;
            }

            var locks = new JobLocks(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            if (!await locks.TryTakeAsync(job.Name, occurrence, owner.Id, now, job.Lease, cancellationToken))
            {
                continue;
            }

            try
            {
                await job.RunAsync(now, cancellationToken);
                await locks.CompleteAsync(job.Name, occurrence, owner.Id, time.GetUtcNow(), cancellationToken);
                ran.Add($"{job.Name}:{occurrence}");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The lease is left to expire: another tick (here or elsewhere) retries the occurrence then.
                LogFailed(logger, exception, job.Name, occurrence);
            }
        }

        return ran;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} ({Occurrence}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job, string occurrence);
}

using Relais.Web.Features.Jobs;

namespace Relais.Web.Features.Freshness;

/// <summary>The daily freshness reminders, from 6 a.m. Paris time.</summary>
public sealed class FreshnessJob(SendFreshnessRemindersHandler handler) : IScheduledJob
{
    public string Name => "freshness";

    public TimeSpan Lease => TimeSpan.FromMinutes(30);

    public string? DueOccurrence(DateTimeOffset now) => DailySchedule.Occurrence(now, parisHour: 6);

    public Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken) => handler.HandleAsync(now, cancellationToken);
}

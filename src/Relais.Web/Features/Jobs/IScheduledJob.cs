namespace Relais.Web.Features.Jobs;

/// <summary>
/// A job the app runs on a schedule. Every instance asks each job which occurrence is due; the job lock
/// (<see cref="JobLocks"/>) lets exactly one instance run it.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name, the first half of the lock's key.</summary>
    string Name { get; }

    /// <summary>How long one run may take before another instance may take the occurrence over.</summary>
    TimeSpan Lease { get; }

    /// <summary>The occurrence due at this instant (e.g. today's date for a daily job), or null when none is.</summary>
    string? DueOccurrence(DateTimeOffset now);

    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Once a day, from a given hour of Paris time: the occurrence is the Paris date.</summary>
public static class DailySchedule
{
    public static string Occurrence(DateTimeOffset now, int parisHour)
    {
        var paris = TimeZoneInfo.ConvertTime(now, Infrastructure.ParisTime.Zone);
        return DateOnly.FromDateTime(paris.DateTime.AddHours(-parisHour)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Collections.Concurrent;
using Relais.Web.OpeningHours;

namespace Relais.Web.Features.Places.Search;

/// <summary>Parsed opening hours shared by searches: places repeat the same strings, parsing costs microseconds.</summary>
internal static class OpeningHoursCache
{
    private const int MaxEntries = 50_000;
    private static readonly ConcurrentDictionary<string, OpeningHoursSchedule?> Schedules = new(StringComparer.Ordinal);

    public static OpeningHoursSchedule? Get(string? hours)
    {
        if (hours is null)
        {
            return null;
        }

        if (Schedules.TryGetValue(hours, out var schedule))
        {
            return schedule;
        }

        schedule = OpeningHoursSchedule.Parse(hours).Schedule;
        if (Schedules.Count < MaxEntries)
        {
            Schedules[hours] = schedule;
        }

        return schedule;
    }
}

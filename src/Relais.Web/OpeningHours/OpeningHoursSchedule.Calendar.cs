namespace Relais.Web.OpeningHours;

public sealed partial class OpeningHoursSchedule
{
    private const int NotComputed = 0;
    private const int Yes = 1;
    private const int No = 2;

    // Cached weekend answer for schedules that only depend on the weekday; benign race on an int.
    private int weekendOpening;

    /// <summary>Opening intervals of one Paris calendar day, including what spills over from the evening before.</summary>
    public DaySchedule DayOf(DateOnly date, string? departementCode = null)
    {
        var intervals = new List<TimeInterval>(2);
        if (alwaysOpen)
        {
            intervals.Add(new TimeInterval(0, MinutesPerDay));
        }
        else if (!neverOpens)
        {
            var today = Day(date, departementCode);
            var yesterday = hasSpill ? Day(date.AddDays(-1), departementCode) : default;
            int openedAt = -1;
            foreach (int boundary in Boundaries)
            {
                bool open = IsOpenLocal(today, yesterday, boundary);
                if (open && openedAt < 0)
                {
                    openedAt = boundary;
                }
                else if (!open && openedAt >= 0)
                {
                    intervals.Add(new TimeInterval(openedAt, boundary));
                    openedAt = -1;
                }
            }

            if (openedAt >= 0)
            {
                intervals.Add(new TimeInterval(openedAt, MinutesPerDay));
            }
        }

        return new DaySchedule(
            date,
            OpeningHoursText.DayName(date),
            intervals,
            FrenchPublicHolidays.IsPublicHoliday(date, departementCode));
    }

    /// <summary>Monday to Sunday of the week containing <paramref name="anyDayOfWeek"/>.</summary>
    public WeeklyTable WeekOf(DateOnly anyDayOfWeek, string? departementCode = null)
    {
        var monday = anyDayOfWeek.AddDays(-(anyDayOfWeek.DayNumber % 7));
        var days = new DaySchedule[7];
        for (int i = 0; i < days.Length; i++)
        {
            days[i] = DayOf(monday.AddDays(i), departementCode);
        }

        return new WeeklyTable(days);
    }

    /// <summary>Consecutive weeks from the one containing <paramref name="anyDayOfFirstWeek"/> (the UI shows 4 when <see cref="UsesWeekRules"/>).</summary>
    public IReadOnlyList<WeeklyTable> WeeksFrom(DateOnly anyDayOfFirstWeek, int count, string? departementCode = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var weeks = new WeeklyTable[count];
        for (int i = 0; i < count; i++)
        {
            weeks[i] = WeekOf(anyDayOfFirstWeek.AddDays(7 * i), departementCode);
        }

        return weeks;
    }

    /// <summary>True when the place is open at some time on a Saturday or Sunday within <paramref name="weeks"/> weeks from <paramref name="from"/>.</summary>
    public bool IsOpenOnWeekend(DateOnly from, int weeks = 4, string? departementCode = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weeks);
        if (neverOpens || alwaysOpen)
        {
            return alwaysOpen;
        }

        if (weekdayOnly)
        {
            if (weekendOpening == NotComputed)
            {
                // Any weekend will do: without dates, weeks or holidays every weekend looks the same.
                var saturday = new DateOnly(2024, 1, 6);
                weekendOpening = OpensDuring(saturday, null) || OpensDuring(saturday.AddDays(1), null) ? Yes : No;
            }

            return weekendOpening == Yes;
        }

        var end = from.AddDays(7 * weeks);
        for (var date = from; date < end; date = date.AddDays(1))
        {
            if (date.DayNumber % 7 >= 5 && OpensDuring(date, departementCode))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same as the <see cref="DateOnly"/> overload, from the Paris date of <paramref name="from"/>.</summary>
    public bool IsOpenOnWeekend(DateTimeOffset from, int weeks = 4, string? departementCode = null) =>
        IsOpenOnWeekend(DateOnly.FromDateTime(ParisWallClock.ToLocal(from)), weeks, departementCode);

    private bool OpensDuring(DateOnly date, string? departementCode)
    {
        var today = Day(date, departementCode);
        var yesterday = hasSpill ? Day(date.AddDays(-1), departementCode) : default;
        foreach (int boundary in Boundaries)
        {
            if (IsOpenLocal(today, yesterday, boundary))
            {
                return true;
            }
        }

        return false;
    }
}

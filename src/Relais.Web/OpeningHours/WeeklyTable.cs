namespace Relais.Web.OpeningHours;

/// <summary>An opening interval within one day, in minutes from midnight; EndMinutes may be 1440 (24:00).</summary>
public readonly record struct TimeInterval(int StartMinutes, int EndMinutes)
{
    public TimeOnly Start => new(StartMinutes / 60, StartMinutes % 60);

    /// <summary>The end as a clock time; 24:00 reads as 00:00, check <see cref="EndsAtMidnight"/>.</summary>
    public TimeOnly End => EndsAtMidnight ? TimeOnly.MinValue : new(EndMinutes / 60, EndMinutes % 60);

    public bool EndsAtMidnight => EndMinutes >= 1440;

    /// <summary>"09h00 – 12h00".</summary>
    public string Text => OpeningHoursText.FormatInterval(this);
}

public sealed record DaySchedule(DateOnly Date, string DayName, IReadOnlyList<TimeInterval> Intervals, bool IsPublicHoliday)
{
    public bool IsOpen => Intervals.Count > 0;

    /// <summary>"09h00 – 12h00, 14h00 – 18h30" or "Fermé".</summary>
    public string Text => OpeningHoursText.FormatIntervals(Intervals);
}

/// <summary>Monday to Sunday of one week.</summary>
public sealed record WeeklyTable(IReadOnlyList<DaySchedule> Days)
{
    public DateOnly Monday => Days[0].Date;

    public bool IsOpenAtAll
    {
        get
        {
            foreach (var day in Days)
            {
                if (day.IsOpen)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

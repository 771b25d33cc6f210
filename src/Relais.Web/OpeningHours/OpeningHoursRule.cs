using System.Text;

namespace Relais.Web.OpeningHours;

internal enum RuleSeparator : byte
{
    Normal,
    Additive,
    Fallback,
}

internal enum RuleState : byte
{
    Open,
    Closed,
    Unknown,
}

/// <summary>One OSM rule: wide selectors (years, dates, weeks, weekdays), times, a state and a comment.</summary>
internal sealed class OpeningHoursRule
{
    private static readonly MinuteRange[] WholeDay = [new(0, MinuteRange.MinutesPerDay, false)];

    // Copies of the selector arrays so that the hot Matches path reads fields, not a struct property.
    private readonly YearRange[]? years;
    private readonly MonthDayRange[]? dates;
    private readonly WeekRange[]? weeks;
    private readonly bool hasWeekdays;

    public OpeningHoursRule(RuleSeparator separator, RuleSelectors selectors, MinuteRange[]? times, RuleState? state, string? comment)
    {
        Separator = separator;
        Selectors = selectors;
        years = selectors.Years;
        dates = selectors.Dates;
        weeks = selectors.Weeks;
        hasWeekdays = selectors.Weekdays is not null;
        Times = times;
        StateWritten = state is not null;
        // OSM: a rule that only carries a comment states nothing about opening, so it is "unknown".
        State = state ?? (comment is not null && times is null ? RuleState.Unknown : RuleState.Open);
        Comment = comment;
        Ranges = times ?? WholeDay;
        foreach (var range in Ranges)
        {
            HasSpill |= range.End > MinuteRange.MinutesPerDay;
        }

        if (selectors.Weekdays is { } weekdays)
        {
            foreach (var item in weekdays)
            {
                WeekdayMask |= item.Mask();
                IncludesHolidays |= item.IsHolidays;
            }
        }

        MatchesEveryDay = selectors.Years is null && selectors.Dates is null && selectors.Weeks is null
            && (selectors.Weekdays is null || WeekdayMask == 0x7F);
    }

    public RuleSeparator Separator { get; }

    public RuleSelectors Selectors { get; }

    public MinuteRange[]? Times { get; }

    /// <summary>The written times, or the whole day when none are written.</summary>
    public MinuteRange[] Ranges { get; }

    public RuleState State { get; }

    public bool StateWritten { get; }

    public string? Comment { get; }

    public bool HasSpill { get; }

    public int WeekdayMask { get; }

    public bool IncludesHolidays { get; }

    public bool MatchesEveryDay { get; }

    /// <summary>An "off" rule with times only closes those times instead of replacing the day.</summary>
    public bool ResetsDay => Separator != RuleSeparator.Additive && (State == RuleState.Open || Times is null);

    public bool Matches(in DayInfo day)
    {
        if (years is not null && !AnyYear(years, day.Year))
        {
            return false;
        }

        if (dates is not null && !AnyDate(dates, day))
        {
            return false;
        }

        if (weeks is not null && !AnyWeek(weeks, day.IsoWeek))
        {
            return false;
        }

        return !hasWeekdays
            || ((WeekdayMask >> day.Weekday) & 1) != 0
            || (IncludesHolidays && day.IsHoliday);
    }

    public bool ContainsToday(int minute)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(minute))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="minute">A minute of the next day, counted from this rule's day (1440 and more).</param>
    public bool ContainsSpill(int minute) => HasSpill && ContainsToday(minute);

    public void AppendTo(StringBuilder builder)
    {
        int start = builder.Length;
        Selectors.AppendTo(builder);
        if (Times is { } times)
        {
            Separate(builder, start);
            for (int i = 0; i < times.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                times[i].AppendTo(builder);
            }
        }

        if (StateWritten)
        {
            Separate(builder, start);
            builder.Append(State switch { RuleState.Closed => "off", RuleState.Unknown => "unknown", _ => "open" });
        }

        if (Comment is not null)
        {
            Separate(builder, start);
            builder.Append('"').Append(Comment).Append('"');
        }
    }

    internal static void Separate(StringBuilder builder, int ruleStart)
    {
        if (builder.Length > ruleStart)
        {
            builder.Append(' ');
        }
    }

    private static bool AnyYear(YearRange[] years, int year)
    {
        foreach (var range in years)
        {
            if (range.Matches(year))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyDate(MonthDayRange[] dates, in DayInfo day)
    {
        foreach (var range in dates)
        {
            if (range.Matches(day))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyWeek(WeekRange[] weeks, int week)
    {
        foreach (var range in weeks)
        {
            if (range.Matches(week))
            {
                return true;
            }
        }

        return false;
    }
}

internal readonly record struct RuleSelectors(
    bool TwentyFourSeven, YearRange[]? Years, MonthDayRange[]? Dates, WeekRange[]? Weeks, WeekdayItem[]? Weekdays)
{
    public void AppendTo(StringBuilder builder)
    {
        int start = builder.Length;
        if (TwentyFourSeven)
        {
            builder.Append("24/7");
        }

        AppendList(builder, start, Years, static (b, y) => y.AppendTo(b));
        AppendList(builder, start, Dates, static (b, d) => d.AppendTo(b));
        if (Weeks is not null)
        {
            OpeningHoursRule.Separate(builder, start);
            builder.Append("week");
        }

        AppendList(builder, start, Weeks, static (b, w) => w.AppendTo(b));
        AppendList(builder, start, Weekdays, static (b, w) => w.AppendTo(b));
    }

    private static void AppendList<T>(StringBuilder builder, int start, T[]? items, Action<StringBuilder, T> append)
    {
        if (items is null)
        {
            return;
        }

        OpeningHoursRule.Separate(builder, start);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            append(builder, items[i]);
        }
    }
}

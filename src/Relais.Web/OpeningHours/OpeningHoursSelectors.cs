using System.Globalization;
using System.Text;

namespace Relais.Web.OpeningHours;

/// <summary>A time range in minutes from the start of the day it belongs to; End may exceed 1440 (past midnight).</summary>
internal readonly record struct MinuteRange(int Start, int End, bool EndWrapped)
{
    public const int MinutesPerDay = 1440;

    public bool Contains(int minute) => minute >= Start && minute < End;

    public void AppendTo(StringBuilder builder)
    {
        AppendClock(builder, Start);
        builder.Append('-');
        AppendClock(builder, EndWrapped ? End - MinutesPerDay : End);
    }

    private static void AppendClock(StringBuilder builder, int minutes) =>
        builder.Append(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}

internal readonly record struct YearRange(int From, int To)
{
    public bool Matches(int year) => year >= From && year <= To;

    public void AppendTo(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"{From}");
        if (To != From)
        {
            builder.Append(CultureInfo.InvariantCulture, $"-{To}");
        }
    }
}

internal readonly record struct WeekRange(int From, int To, int Step)
{
    public bool Matches(int week)
    {
        if (From <= To)
        {
            return week >= From && week <= To && (week - From) % Step == 0;
        }

        // Wrapping ranges (week 50-5) are only accepted without a step, see the parser.
        return week >= From || week <= To;
    }

    public void AppendTo(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"{From}");
        if (To != From)
        {
            builder.Append(CultureInfo.InvariantCulture, $"-{To}");
        }

        if (Step > 1)
        {
            builder.Append(CultureInfo.InvariantCulture, $"/{Step}");
        }
    }
}

/// <summary>A weekday range (0 = Monday … 6 = Sunday, wrapping allowed) or, with From = 7, the public holidays.</summary>
internal readonly record struct WeekdayItem(int From, int To)
{
    public const int HolidayMarker = 7;

    public static WeekdayItem Holidays => new(HolidayMarker, HolidayMarker);

    public bool IsHolidays => From == HolidayMarker;

    public int Mask()
    {
        if (IsHolidays)
        {
            return 0;
        }

        int mask = 0;
        for (int day = From; ; day = (day + 1) % 7)
        {
            mask |= 1 << day;
            if (day == To)
            {
                return mask;
            }
        }
    }

    public void AppendTo(StringBuilder builder)
    {
        if (IsHolidays)
        {
            builder.Append("PH");
            return;
        }

        builder.Append(Keywords.WeekdayCode(From));
        if (To != From)
        {
            builder.Append('-').Append(Keywords.WeekdayCode(To));
        }
    }
}

/// <summary>
/// A month or date range. Day 0 means the whole month; year 0 means every year.
/// Without years, a start after the end wraps over New Year (Nov-Feb, Dec 24-Jan 02).
/// </summary>
internal readonly record struct MonthDayRange(
    int StartYear, int StartMonth, int StartDay, int EndYear, int EndMonth, int EndDay, bool EndYearWritten)
{
    private int StartKey => (StartMonth * 100) + Math.Max(StartDay, 1);

    private int EndKey => (EndMonth * 100) + (EndDay == 0 ? 31 : EndDay);

    public bool Matches(in DayInfo day)
    {
        if (StartYear > 0)
        {
            long key = ((long)day.Year * 10_000) + day.MonthDay;
            return key >= ((long)StartYear * 10_000) + StartKey && key <= ((long)EndYear * 10_000) + EndKey;
        }

        int start = StartKey;
        int end = EndKey;
        return start <= end
            ? day.MonthDay >= start && day.MonthDay <= end
            : day.MonthDay >= start || day.MonthDay <= end;
    }

    public void AppendTo(StringBuilder builder)
    {
        if (StartYear > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{StartYear} ");
        }

        builder.Append(Keywords.MonthCode(StartMonth));
        AppendDay(builder, StartDay);
        if (EndMonth == StartMonth && EndDay == StartDay && !EndYearWritten)
        {
            return;
        }

        builder.Append('-');
        if (EndYearWritten)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{EndYear} ");
        }
        else if (EndMonth == StartMonth && StartDay > 0 && EndDay > StartDay)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{EndDay:00}");
            return;
        }

        builder.Append(Keywords.MonthCode(EndMonth));
        AppendDay(builder, EndDay);
    }

    private static void AppendDay(StringBuilder builder, int day)
    {
        if (day > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $" {day:00}");
        }
    }
}

/// <summary>What the rules need to know about one local calendar day, computed once per evaluation.</summary>
internal readonly struct DayInfo
{
    public DayInfo(DateOnly date, bool withWeek, bool withHolidays, string? departementCode)
    {
        date.Deconstruct(out int year, out int month, out int day);
        Year = year;
        MonthDay = (month * 100) + day;
        Weekday = date.DayNumber % 7; // DayNumber 0 (0001-01-01) is a Monday.
        IsoWeek = withWeek ? ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)) : 0;
        IsHoliday = withHolidays && FrenchPublicHolidays.IsPublicHoliday(date, departementCode);
    }

    public int Year { get; }

    public int MonthDay { get; }

    public int Weekday { get; }

    public int IsoWeek { get; }

    public bool IsHoliday { get; }
}

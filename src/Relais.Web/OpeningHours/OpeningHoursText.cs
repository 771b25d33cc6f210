using System.Globalization;
using System.Text;

namespace Relais.Web.OpeningHours;

/// <summary>French rendering of schedules: "9h00", "09h00 – 12h00", "Fermé — ouvre demain à 9h00".</summary>
public static class OpeningHoursText
{
    public const string Closed = "Fermé";
    public const string AlwaysOpen = "Ouvert 24h/24 et 7j/7";

    private static readonly string[] DayNames = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"];
    private static readonly string[] LowerDayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private static readonly string[] MonthNames =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <param name="mondayBasedIndex">0 = Lundi … 6 = Dimanche.</param>
    public static string DayName(int mondayBasedIndex) => DayNames[mondayBasedIndex];

    public static string DayName(DateOnly date) => DayNames[date.DayNumber % 7];

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>"9h00", "17h30", "24h00": the hour without a leading zero, as in running text.</summary>
    public static string FormatHour(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h{minutes % 60:00}");

    /// <summary>"09h00": the padded form used in tables so that columns line up.</summary>
    public static string FormatHourPadded(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}h{minutes % 60:00}");

    public static string FormatInterval(TimeInterval interval) =>
        FormatHourPadded(interval.StartMinutes) + " – " + FormatHourPadded(interval.EndMinutes);

    public static string FormatIntervals(IReadOnlyList<TimeInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Count == 0)
        {
            return Closed;
        }

        var builder = new StringBuilder(intervals.Count * 16);
        for (int i = 0; i < intervals.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(FormatInterval(intervals[i]));
        }

        return builder.ToString();
    }

    /// <summary>"5 janvier", "1er mai".</summary>
    public static string FormatDate(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + " " + MonthName(date.Month);

    /// <summary>Builds the status line from Paris wall-clock times.</summary>
    /// <param name="isOpen">State at <paramref name="now"/>.</param>
    /// <param name="nextChange">Next change of state, or null when there is none within the horizon.</param>
    public static string Status(bool isOpen, DateTime now, DateTime? nextChange)
    {
        if (nextChange is not { } change)
        {
            return isOpen ? AlwaysOpen : Closed;
        }

        var today = DateOnly.FromDateTime(now);
        var day = DateOnly.FromDateTime(change);
        int minute = (change.Hour * 60) + change.Minute;
        if (isOpen)
        {
            // Closing at 00:00 belongs to the evening before: "ferme à minuit", not "ferme demain à 0h00".
            string hour = FormatHour(minute);
            if (minute == 0)
            {
                day = day.AddDays(-1);
                hour = "minuit";
            }

            int closingIn = day.DayNumber - today.DayNumber;
            return closingIn <= 0
                ? "Ouvert — ferme à " + hour
                : "Ouvert — ferme " + RelativeDay(closingIn, day) + " à " + hour;
        }

        int openingIn = day.DayNumber - today.DayNumber;
        string when = openingIn <= 0 ? "aujourd'hui" : RelativeDay(openingIn, day);
        return "Fermé — ouvre " + when + " à " + FormatHour(minute);
    }

    private static string RelativeDay(int daysAhead, DateOnly day) => daysAhead switch
    {
        1 => "demain",
        < 7 => LowerDayNames[day.DayNumber % 7],
        _ => "le " + FormatDate(day),
    };
}

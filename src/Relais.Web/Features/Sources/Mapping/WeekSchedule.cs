using System.Globalization;
using System.Text;
using Relais.Web.Standard;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>Days of the week as sources name them: French (<c>lundi</c>, <c>lun.</c>) or OSM (<c>Mo</c>); 0 = Monday.</summary>
public static class WeekDays
{
    public static readonly string[] Osm = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    private static readonly Dictionary<string, int> Names = new(StringComparer.Ordinal)
    {
        ["lundi"] = 0,
        ["lun"] = 0,
        ["mo"] = 0,
        ["mardi"] = 1,
        ["mar"] = 1,
        ["tu"] = 1,
        ["mercredi"] = 2,
        ["mer"] = 2,
        ["we"] = 2,
        ["jeudi"] = 3,
        ["jeu"] = 3,
        ["th"] = 3,
        ["vendredi"] = 4,
        ["ven"] = 4,
        ["fr"] = 4,
        ["samedi"] = 5,
        ["sam"] = 5,
        ["sa"] = 5,
        ["dimanche"] = 6,
        ["dim"] = 6,
        ["su"] = 6,
    };

    /// <summary>The day's index, or -1.</summary>
    public static int Parse(string name) => Names.TryGetValue(TermMatcher.Fold(name).TrimEnd('s'), out var day) ? day : -1;
}

/// <summary>The opening intervals of each day of a week, in minutes from midnight; written as an OSM string.</summary>
public sealed class WeekSchedule
{
    private readonly List<(int Start, int End)>[] _days = [.. Enumerable.Range(0, 7).Select(_ => new List<(int, int)>())];

    public bool IsEmpty => _days.All(d => d.Count == 0);

    public void Add(int day, int start, int end) => _days[day].Add((start, end));

    public void Close(int day) => _days[day].Clear();

    /// <summary>OSM <c>opening_hours</c>, days with the same hours grouped: <c>Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00</c>. Null when intervals overlap.</summary>
    public string? ToOsm()
    {
        var texts = new string?[7];
        for (var day = 0; day < 7; day++)
        {
            var intervals = _days[day].Distinct().OrderBy(i => i.Start).ToList();
            for (var i = 1; i < intervals.Count; i++)
            {
                if (intervals[i].Start < intervals[i - 1].End)
                {
                    return null;
                }
            }

            texts[day] = intervals.Count == 0 ? null : string.Join(',', intervals.Select(i => $"{Time(i.Start)}-{Time(i.End)}"));
        }

        var rules = new List<string>();
        var done = new bool[7];
        for (var day = 0; day < 7; day++)
        {
            if (texts[day] is not { } hours || done[day])
            {
                continue;
            }

            var same = Enumerable.Range(day, 7 - day).Where(d => texts[d] == hours).ToList();
            same.ForEach(d => done[d] = true);
            rules.Add($"{DaySelector(same)} {hours}");
        }

        return rules.Count == 0 ? null : string.Join("; ", rules);
    }

    private static string DaySelector(List<int> days)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < days.Count; i++)
        {
            var end = i;
            while (end + 1 < days.Count && days[end + 1] == days[end] + 1)
            {
                end++;
            }

            builder.Append(builder.Length > 0 ? "," : string.Empty).Append(WeekDays.Osm[days[i]]);
            if (end > i)
            {
                builder.Append('-').Append(WeekDays.Osm[days[end]]);
            }

            i = end;
        }

        return builder.ToString();
    }

    private static string Time(int minutes) => $"{(minutes / 60).ToString("00", CultureInfo.InvariantCulture)}:{(minutes % 60).ToString("00", CultureInfo.InvariantCulture)}";
}

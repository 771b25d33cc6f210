using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Relais.Web.OpeningHours;

/// <summary>
/// A parsed OSM <c>opening_hours</c> value, evaluated in Europe/Paris wall-clock time.
/// Immutable and thread-safe; parse once and reuse.
/// </summary>
public sealed partial class OpeningHoursSchedule
{
    private const int MinutesPerDay = MinuteRange.MinutesPerDay;

    private readonly OpeningHoursRule[] rules;

    // Every minute of a day at which some rule may change the state; day-level evaluation only needs
    // these. Built on first use because the hot IsOpenAt path never does.
    private int[]? boundaries;
    private readonly bool needsWeek;
    private readonly bool hasSpill;
    private readonly bool weekdayOnly;
    private readonly bool neverOpens;
    private readonly bool alwaysOpen;
    private string? normalized;

    internal OpeningHoursSchedule(OpeningHoursRule[] rules, string source)
    {
        this.rules = rules;
        Source = source;
        bool datesOrYears = false;
        bool anyOpen = false;
        foreach (var rule in rules)
        {
            needsWeek |= rule.Selectors.Weeks is not null;
            UsesPublicHolidays |= rule.IncludesHolidays;
            hasSpill |= rule.HasSpill;
            datesOrYears |= rule.Selectors.Dates is not null || rule.Selectors.Years is not null;
            anyOpen |= rule.State == RuleState.Open;
        }

        weekdayOnly = !needsWeek && !UsesPublicHolidays && !datesOrYears;
        neverOpens = !anyOpen;
        alwaysOpen = ComputeAlwaysOpen(rules);
    }

    /// <summary>The text as given.</summary>
    public string Source { get; }

    /// <summary>Canonical OSM spelling: "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00".</summary>
    public string Normalized => normalized ??= BuildNormalized();

    /// <summary>True when the value uses "week" rules, whose result differs from one week to the next.</summary>
    public bool UsesWeekRules => needsWeek;

    public bool UsesPublicHolidays { get; }

    /// <summary>True when open at every moment (24/7 or equivalent).</summary>
    public bool IsAlwaysOpen => alwaysOpen;

    /// <summary>True when no rule ever opens (e.g. "off").</summary>
    public bool IsNeverOpen => neverOpens;

    public static OpeningHoursParseResult Parse(string? text) => OpeningHoursParser.Parse(text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out OpeningHoursSchedule? schedule)
    {
        schedule = Parse(text).Schedule;
        return schedule is not null;
    }

    public bool IsOpenAt(DateTimeOffset instant, string? departementCode = null)
    {
        if (neverOpens || alwaysOpen)
        {
            return alwaysOpen;
        }

        var local = ParisWallClock.ToLocal(instant);
        return IsOpenAt(DateOnly.FromDateTime(local), (local.Hour * 60) + local.Minute, departementCode);
    }

    /// <summary>State at a Paris wall-clock date and time.</summary>
    public bool IsOpenAt(DateOnly date, TimeOnly time, string? departementCode = null) =>
        !neverOpens && (alwaysOpen || IsOpenAt(date, (time.Hour * 60) + time.Minute, departementCode));

    public override string ToString() => Normalized;

    private int[] Boundaries => boundaries ??= ComputeBoundaries(rules);

    private bool IsOpenAt(DateOnly date, int minute, string? departementCode)
    {
        var today = Day(date, departementCode);
        var yesterday = hasSpill ? Day(date.AddDays(-1), departementCode) : default;
        return IsOpenLocal(today, yesterday, minute);
    }

    private DayInfo Day(DateOnly date, string? departementCode) =>
        new(date, needsWeek, UsesPublicHolidays, departementCode);

    /// <summary>
    /// OSM semantics, rule by rule: a matching ";" or "||" rule replaces the whole day (including what
    /// spilled over from the evening before), "," rules add to it, and a rule's times past midnight
    /// spill into the next day unless their own day was replaced by a later rule.
    /// "||" rules only apply to days that no earlier rule matched.
    /// </summary>
    private bool IsOpenLocal(in DayInfo today, in DayInfo yesterday, int minute)
    {
        int liveSpillFrom = hasSpill ? LastResettingRule(yesterday) : int.MaxValue;
        bool open = false;
        bool matchedToday = false;
        bool matchedYesterday = false;
        for (int i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            bool isFallback = rule.Separator == RuleSeparator.Fallback;
            bool matchesToday = rule.Matches(today);
            bool matchesYesterday = hasSpill && rule.Matches(yesterday);
            bool appliesToday = matchesToday && !(isFallback && matchedToday);
            bool spillsToday = rule.HasSpill && i >= liveSpillFrom && matchesYesterday && !(isFallback && matchedYesterday);
            matchedToday |= matchesToday;
            matchedYesterday |= matchesYesterday;
            if (appliesToday && rule.ResetsDay)
            {
                open = false;
            }

            if ((appliesToday && rule.ContainsToday(minute)) || (spillsToday && rule.ContainsSpill(minute + MinutesPerDay)))
            {
                open = rule.State == RuleState.Open;
            }
        }

        return open;
    }

    /// <summary>Index of the last rule that replaced this day; earlier rules' night hours are gone with it.</summary>
    private int LastResettingRule(in DayInfo day)
    {
        int last = -1;
        bool matched = false;
        for (int i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            bool matches = rule.Matches(day);
            if (matches && rule.ResetsDay && !(rule.Separator == RuleSeparator.Fallback && matched))
            {
                last = i;
            }

            matched |= matches;
        }

        return last;
    }

    private string BuildNormalized()
    {
        var builder = new StringBuilder(Source.Length + 8);
        for (int i = 0; i < rules.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(rules[i].Separator switch
                {
                    RuleSeparator.Additive => ", ",
                    RuleSeparator.Fallback => " || ",
                    _ => "; ",
                });
            }

            rules[i].AppendTo(builder);
        }

        return builder.ToString();
    }

    private static bool ComputeAlwaysOpen(OpeningHoursRule[] rules)
    {
        int last = Array.FindLastIndex(rules, r => r.Separator == RuleSeparator.Normal);
        var rule = rules[last];
        if (!rule.MatchesEveryDay || rule.State != RuleState.Open || !Array.Exists(rule.Ranges, r => r.Start == 0 && r.End >= MinutesPerDay))
        {
            return false;
        }

        // Later additive rules can only add opening or close part of a day; fallbacks never apply.
        for (int i = last + 1; i < rules.Length; i++)
        {
            if (rules[i].Separator == RuleSeparator.Additive && rules[i].State != RuleState.Open)
            {
                return false;
            }
        }

        return true;
    }

    private static int[] ComputeBoundaries(OpeningHoursRule[] rules)
    {
        int capacity = 1;
        foreach (var rule in rules)
        {
            capacity += rule.Ranges.Length * 2;
        }

        var minutes = new int[capacity];
        int length = 1;
        foreach (var rule in rules)
        {
            foreach (var range in rule.Ranges)
            {
                minutes[length++] = range.Start;
                if (range.End != MinutesPerDay)
                {
                    minutes[length++] = range.End % MinutesPerDay;
                }
            }
        }

        Array.Sort(minutes, 0, length);
        int count = 1;
        for (int i = 1; i < length; i++)
        {
            if (minutes[i] != minutes[count - 1])
            {
                minutes[count++] = minutes[i];
            }
        }

        return minutes[..count];
    }
}

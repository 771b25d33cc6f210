using Relais.Web.OpeningHours;

namespace Relais.Web.Features.Places.Search;

public enum DayPart
{
    Matin,
    ApresMidi,
    Soir,
}

/// <summary>
/// A half-day a person is free, as asked in the orientation's "Disponibilité" step: <c>lundi_matin</c>,
/// <c>mardi_apres_midi</c>, <c>samedi_soir</c>… A place matches when it is open at some moment of the slot on
/// that weekday, in one of the next two weeks (so that odd/even-week rules and a public holiday do not hide it).
/// </summary>
public readonly record struct AvailabilitySlot(DayOfWeek Day, DayPart Part)
{
    public const string Parameter = "disponibilites";

    private static readonly (DayOfWeek Day, string Key, string Label)[] Days =
    [
        (DayOfWeek.Monday, "lundi", "Lundi"), (DayOfWeek.Tuesday, "mardi", "Mardi"), (DayOfWeek.Wednesday, "mercredi", "Mercredi"),
        (DayOfWeek.Thursday, "jeudi", "Jeudi"), (DayOfWeek.Friday, "vendredi", "Vendredi"), (DayOfWeek.Saturday, "samedi", "Samedi"),
        (DayOfWeek.Sunday, "dimanche", "Dimanche"),
    ];

    private static readonly (DayPart Part, string Key, string Label, int From, int To)[] Parts =
    [
        (DayPart.Matin, "matin", "matin (avant midi)", 0, 12 * 60),
        (DayPart.ApresMidi, "apres_midi", "après-midi (12 h – 18 h)", 12 * 60, 18 * 60),
        (DayPart.Soir, "soir", "soir (après 18 h)", 18 * 60, 24 * 60),
    ];

    /// <summary>Every slot, Monday morning to Sunday evening.</summary>
    public static IReadOnlyList<AvailabilitySlot> All { get; } =
        [.. Days.SelectMany(d => Parts.Select(p => new AvailabilitySlot(d.Day, p.Part)))];

    public static IReadOnlyList<string> AllKeys { get; } = [.. All.Select(s => s.Key)];

    public string Key => $"{DayEntry(Day).Key}_{PartEntry(Part).Key}";

    public string DayLabel => DayEntry(Day).Label;

    public string PartLabel => PartEntry(Part).Label;

    /// <summary>"Lundi matin (avant midi)".</summary>
    public string Label => $"{DayLabel} {PartLabel}";

    public static bool TryParse(string key, out AvailabilitySlot slot)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key, key, StringComparison.Ordinal))
            {
                slot = candidate;
                return true;
            }
        }

        slot = default;
        return false;
    }

    private static (DayOfWeek Day, string Key, string Label) DayEntry(DayOfWeek day) => Days.Single(d => d.Day == day);

    private static (DayPart Part, string Key, string Label, int From, int To) PartEntry(DayPart part) => Parts.Single(p => p.Part == part);

    /// <summary>True when the place is open during at least one of the slots within the two weeks from <paramref name="today"/>.</summary>
    public static bool AnyOpen(IReadOnlyList<AvailabilitySlot> slots, OpeningHoursSchedule schedule, DateOnly today, string? departementCode)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(schedule);
        for (var offset = 0; offset < 14; offset++)
        {
            var date = today.AddDays(offset);
            DaySchedule? day = null;
            foreach (var slot in slots)
            {
                if (slot.Day != date.DayOfWeek)
                {
                    continue;
                }

                day ??= schedule.DayOf(date, departementCode);
                var (_, _, _, from, to) = PartEntry(slot.Part);
                if (day.Intervals.Any(i => i.StartMinutes < to && i.EndMinutes > from))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

namespace Relais.Web.OpeningHours;

public sealed partial class OpeningHoursSchedule
{
    /// <summary>Slightly more than a year, so that once-a-year openings are still found.</summary>
    private const int HorizonDays = 370;

    /// <summary>
    /// The first instant after <paramref name="instant"/> at which the open/closed state changes, in the
    /// Paris offset; null when it does not change within about a year (24/7, never open…).
    /// </summary>
    public DateTimeOffset? NextChangeAfter(DateTimeOffset instant, string? departementCode = null)
    {
        if (neverOpens || alwaysOpen)
        {
            return null;
        }

        bool current = IsOpenAt(instant, departementCode);
        var date = DateOnly.FromDateTime(ParisWallClock.ToLocal(instant));
        var offset = ParisWallClock.OffsetAtMidnight(date);
        var yesterday = hasSpill ? Day(date.AddDays(-1), departementCode) : default;
        for (int i = 0; i < HorizonDays; i++, date = date.AddDays(1))
        {
            var today = Day(date, departementCode);
            var nextOffset = ParisWallClock.OffsetAtMidnight(date.AddDays(1));
            var change = offset == nextOffset
                ? FindChangeOnRegularDay(date, offset, today, yesterday, instant, current)
                : FindChangeOnTransitionDay(date, offset, instant, current, departementCode);
            if (change is not null)
            {
                return change;
            }

            yesterday = today;
            offset = nextOffset;
        }

        return null;
    }

    /// <summary>"Ouvert — ferme à 17h30", "Fermé — ouvre demain à 9h00", "Ouvert 24h/24 et 7j/7", "Fermé"…</summary>
    public string StatusText(DateTimeOffset now, string? departementCode = null)
    {
        bool open = IsOpenAt(now, departementCode);
        DateTime? next = NextChangeAfter(now, departementCode) is { } change ? ParisWallClock.ToLocal(change) : null;
        return OpeningHoursText.Status(open, ParisWallClock.ToLocal(now), next);
    }

    private DateTimeOffset? FindChangeOnRegularDay(
        DateOnly date, TimeSpan offset, in DayInfo today, in DayInfo yesterday, DateTimeOffset instant, bool current)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        foreach (int boundary in Boundaries)
        {
            if (IsOpenLocal(today, yesterday, boundary) == current)
            {
                continue;
            }

            var candidate = new DateTimeOffset(midnight.AddMinutes(boundary), offset);
            if (candidate > instant)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// On DST days wall-clock minutes may not exist or occur twice, so every candidate instant is
    /// checked in instant order, the offset change itself included (a fold can reopen a closed range).
    /// </summary>
    private DateTimeOffset? FindChangeOnTransitionDay(
        DateOnly date, TimeSpan offset, DateTimeOffset instant, bool current, string? departementCode)
    {
        var candidates = new DateTimeOffset[(Boundaries.Length * 2) + 1];
        int count = 0;
        candidates[count++] = ParisWallClock.TransitionDuring(date, offset);
        foreach (int boundary in Boundaries)
        {
            count += ParisWallClock.Instants(date, boundary, candidates.AsSpan(count));
        }

        Array.Sort(candidates, 0, count);
        for (int i = 0; i < count; i++)
        {
            var candidate = candidates[i];
            if (candidate > instant && IsOpenAt(candidate, departementCode) != current)
            {
                return ParisWallClock.ToParisOffset(candidate);
            }
        }

        return null;
    }
}

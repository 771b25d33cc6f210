namespace Relais.Web.OpeningHours;

/// <summary>Conversions between instants and Europe/Paris wall-clock time, including DST gaps and folds.</summary>
internal static class ParisWallClock
{
    public static TimeZoneInfo Zone => Infrastructure.ParisTime.Zone;

    // Search filters evaluate thousands of schedules at the same instant; Paris offsets only change on
    // whole UTC hours, so remembering the last hour's offset skips most time zone look-ups.
    private static HourOffset? lastHour;

    public static DateTime ToLocal(DateTimeOffset instant)
    {
        long hour = instant.UtcTicks / TimeSpan.TicksPerHour;
        var cached = lastHour;
        if (cached is null || cached.UtcHour != hour)
        {
            cached = new HourOffset(hour, Zone.GetUtcOffset(instant));
            lastHour = cached;
        }

        return new DateTime(instant.UtcTicks + cached.Offset.Ticks, DateTimeKind.Unspecified);
    }

    public static DateTimeOffset ToParisOffset(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static TimeSpan OffsetAtMidnight(DateOnly date) => Zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// Writes the instants at which the wall clock shows this local time: none in the spring gap,
    /// two in the autumn fold, one otherwise.
    /// </summary>
    public static int Instants(DateOnly date, int minute, Span<DateTimeOffset> output)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        if (Zone.IsInvalidTime(local))
        {
            return 0;
        }

        if (Zone.IsAmbiguousTime(local))
        {
            var offsets = Zone.GetAmbiguousTimeOffsets(local);
            output[0] = new DateTimeOffset(local, offsets[0]);
            output[1] = new DateTimeOffset(local, offsets[1]);
            return 2;
        }

        output[0] = new DateTimeOffset(local, Zone.GetUtcOffset(local));
        return 1;
    }

    /// <summary>The instant, to the minute, at which the offset changes during this local day.</summary>
    public static DateTimeOffset TransitionDuring(DateOnly date, TimeSpan offsetBefore)
    {
        var low = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), offsetBefore).UtcDateTime;
        var high = low.AddDays(1);
        while ((high - low).TotalMinutes > 1)
        {
            var middle = low.AddMinutes(Math.Floor((high - low).TotalMinutes / 2));
            if (Zone.GetUtcOffset(middle) == offsetBefore)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }

    private sealed record HourOffset(long UtcHour, TimeSpan Offset);
}

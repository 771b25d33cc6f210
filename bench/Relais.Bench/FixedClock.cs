namespace Relais.Bench;

/// <summary>
/// Benchmarks validate with a fixed "today" inside the range of the generated update dates (2026-01-01 to
/// 2026-10-27), so that the work done (no "stale" or "future" warnings) does not change with the calendar.
/// </summary>
public sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

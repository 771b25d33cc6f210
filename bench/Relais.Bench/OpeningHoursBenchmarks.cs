using BenchmarkDotNet.Attributes;
using Relais.Web.OpeningHours;

namespace Relais.Bench;

/// <summary>
/// The opening_hours parser runs once per row during validation; IsOpenAt runs per place for "open now"
/// searches. Typical values: the generator's, as found in the regional sources.
/// </summary>
[MemoryDiagnoser]
public class OpeningHoursBenchmarks
{
    // Monday 2026-11-02 at 10:30 and Wednesday 2026-11-11 (Armistice, a public holiday) at 15:00, Paris time.
    private static readonly DateTimeOffset WeekdayMorning = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HolidayAfternoon = new(2026, 11, 11, 14, 0, 0, TimeSpan.Zero);

    private OpeningHoursSchedule _schedule = null!;

    [Params(
        "Mo-Fr 09:00-12:00,14:00-18:00",
        "Tu-Sa 10:00-12:30,13:30-18:00; PH off",
        "week 1-53/2 Sa 09:00-12:00; Mo-Fr 09:00-17:00",
        "Mo-Th 08:30-12:00; Fr 08:30-12:00,13:30-16:30; Dec 24-Jan 1 off")]
    public string Hours { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var result = OpeningHoursSchedule.Parse(Hours);
        _schedule = result.Schedule ?? throw new InvalidOperationException($"« {Hours} » does not parse: {result.ErrorMessage}");
    }

    [Benchmark]
    public OpeningHoursSchedule? Parse() => OpeningHoursSchedule.Parse(Hours).Schedule;

    [Benchmark(OperationsPerInvoke = 2)]
    public bool IsOpenAt() => _schedule.IsOpenAt(WeekdayMorning) & _schedule.IsOpenAt(HolidayAfternoon);
}

using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

/// <summary>Cross-checks the fast paths against a minute-by-minute scan of IsOpenAt, DST weeks included.</summary>
public class ConsistencyTests
{
    public static TheoryData<string> Schedules =>
    [
        "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        "Su 01:00-02:30",
        "Su 02:00-03:30",
        "Sa 22:00-04:00",
        "Fr 19:00-11:00",
        "Mo-Su 20:00-02:00; Tu 10:00-12:00",
        "Mo-Su 00:00-02:00,06:00-24:00",
        "week 1-53/2 Mo 09:00-12:00; week 2-52/2 Su 01:30-02:30; PH off",
        "Mo-Fr 09:00-18:00, We 12:00-14:00 off; Sa 10:00-12:00 || Su 02:15-02:45",
    ];

    [Theory]
    [MemberData(nameof(Schedules))]
    public void NextChangeAfter_AroundDstWeeks_MatchesMinuteScan(string hours)
    {
        var schedule = OpeningHoursSchedule.Parse(hours).Schedule!;
        foreach (var start in new[] { Paris.Utc(2026, 3, 25, 0, 0), Paris.Utc(2026, 10, 21, 0, 0) })
        {
            const int minutes = 9 * 1440;
            var open = new bool[minutes];
            for (int i = 0; i < minutes; i++)
            {
                open[i] = schedule.IsOpenAt(start.AddMinutes(i));
            }

            // nextIndex[i]: first minute after i whose state differs from minute i, or -1 in the window.
            var nextIndex = new int[minutes];
            nextIndex[minutes - 1] = -1;
            for (int i = minutes - 2; i >= 0; i--)
            {
                nextIndex[i] = open[i + 1] != open[i] ? i + 1 : nextIndex[i + 1];
            }

            for (int i = 0; i < minutes; i += 7)
            {
                if (nextIndex[i] < 0)
                {
                    continue;
                }

                Assert.Equal(start.AddMinutes(nextIndex[i]), schedule.NextChangeAfter(start.AddMinutes(i)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Schedules))]
    public void DayOf_EveryMinute_MatchesIsOpenAt(string hours)
    {
        var schedule = OpeningHoursSchedule.Parse(hours).Schedule!;
        for (var date = new DateOnly(2026, 3, 23); date <= new DateOnly(2026, 4, 6); date = date.AddDays(1))
        {
            var day = schedule.DayOf(date);
            for (int minute = 0; minute < 1440; minute++)
            {
                bool inInterval = day.Intervals.Any(i => minute >= i.StartMinutes && minute < i.EndMinutes);
                Assert.Equal(schedule.IsOpenAt(date, new TimeOnly(minute / 60, minute % 60)), inInterval);
            }
        }
    }
}

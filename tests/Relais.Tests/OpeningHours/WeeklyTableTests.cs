using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class WeeklyTableTests
{
    private static OpeningHoursSchedule Schedule(string hours) => OpeningHoursSchedule.Parse(hours).Schedule!;

    [Fact]
    public void WeekOf_AnyDay_ReturnsMondayToSundayInFrench()
    {
        var week = Schedule("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").WeekOf(new DateOnly(2026, 1, 8));

        Assert.Equal(new DateOnly(2026, 1, 5), week.Monday);
        Assert.Equal(
            ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
            week.Days.Select(d => d.DayName));
        Assert.Equal("09h00 – 12h00, 14h00 – 18h30", week.Days[0].Text);
        Assert.Equal("08h30 – 12h00", week.Days[5].Text);
        Assert.Equal("Fermé", week.Days[6].Text);
        Assert.False(week.Days[6].IsOpen);
    }

    [Fact]
    public void WeekOf_Sunday_BelongsToWeekStartingMonday() =>
        Assert.Equal(new DateOnly(2026, 1, 5), Schedule("Mo 09:00-12:00").WeekOf(new DateOnly(2026, 1, 11)).Monday);

    [Fact]
    public void WeekOf_HolidayOff_FlagsAndClosesHoliday()
    {
        var week = Schedule("Mo-Fr 09:00-18:00; PH off").WeekOf(new DateOnly(2026, 5, 14));

        Assert.True(week.Days[3].IsPublicHoliday);
        Assert.Equal("Fermé", week.Days[3].Text);
        Assert.False(week.Days[2].IsPublicHoliday);
        Assert.Equal("09h00 – 18h00", week.Days[2].Text);
    }

    [Fact]
    public void WeekOf_WrapPastMidnight_SplitsAcrossDays()
    {
        var week = Schedule("Fr 19:00-02:00").WeekOf(new DateOnly(2026, 1, 5));

        Assert.Equal("19h00 – 24h00", week.Days[4].Text);
        Assert.Equal("00h00 – 02h00", week.Days[5].Text);
        Assert.True(week.Days[4].Intervals[0].EndsAtMidnight);
    }

    [Fact]
    public void WeekOf_OverlappingIntervals_Merged() =>
        Assert.Equal(
            "09h00 – 19h00",
            Schedule("Mo 09:00-15:00,14:00-19:00").WeekOf(new DateOnly(2026, 1, 5)).Days[0].Text);

    [Fact]
    public void WeekOf_TwentyFourSeven_WholeDays() =>
        Assert.All(Schedule("24/7").WeekOf(new DateOnly(2026, 1, 5)).Days, d => Assert.Equal("00h00 – 24h00", d.Text));

    [Fact]
    public void WeeksFrom_WeekParity_AlternatesMondays()
    {
        var weeks = Schedule("week 1-53/2 Mo 09:00-12:00; week 2-52/2 Tu 14:00-17:00").WeeksFrom(new DateOnly(2026, 1, 5), 4);

        Assert.Equal(4, weeks.Count);
        Assert.Equal(["Fermé", "09h00 – 12h00", "Fermé", "09h00 – 12h00"], weeks.Select(w => w.Days[0].Text));
        Assert.Equal(["14h00 – 17h00", "Fermé", "14h00 – 17h00", "Fermé"], weeks.Select(w => w.Days[1].Text));
    }

    [Fact]
    public void TimeInterval_Properties_ExposeClockTimes()
    {
        var interval = new TimeInterval(570, 1440);

        Assert.Equal(new TimeOnly(9, 30), interval.Start);
        Assert.True(interval.EndsAtMidnight);
        Assert.Equal("09h30 – 24h00", interval.Text);
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-18:00", false)]
    [InlineData("Sa 10:00-12:00", true)]
    [InlineData("Su 10:00-12:00", true)]
    [InlineData("Fr 19:00-02:00", true)]
    [InlineData("Mo-Su 09:00-18:00; Sa,Su off", false)]
    [InlineData("24/7", true)]
    [InlineData("off", false)]
    public void IsOpenOnWeekend_WeeklySchedules_DependsOnWeekendHours(string hours, bool expected) =>
        Assert.Equal(expected, Schedule(hours).IsOpenOnWeekend(new DateOnly(2026, 1, 5)));

    [Fact]
    public void IsOpenOnWeekend_WeekParity_DependsOnHorizon()
    {
        var schedule = Schedule("week 1-53/2 Sa 10:00-12:00");

        Assert.False(schedule.IsOpenOnWeekend(new DateOnly(2026, 1, 5), weeks: 1));
        Assert.True(schedule.IsOpenOnWeekend(new DateOnly(2026, 1, 5), weeks: 2));
    }

    [Fact]
    public void IsOpenOnWeekend_SeasonalHours_OnlyInSeason()
    {
        var schedule = Schedule("Mo-Fr 09:00-12:00; Jul-Aug Sa 10:00-12:00");

        Assert.False(schedule.IsOpenOnWeekend(new DateOnly(2026, 1, 5)));
        Assert.True(schedule.IsOpenOnWeekend(Paris.At(2026, 6, 20, 12, 0)));
    }

    [Fact]
    public void IsOpenOnWeekend_OnlyHolidayOpening_FalseWhenNoHolidayFallsOnWeekend() =>
        Assert.False(Schedule("PH 10:00-12:00").IsOpenOnWeekend(new DateOnly(2026, 1, 5)));
}

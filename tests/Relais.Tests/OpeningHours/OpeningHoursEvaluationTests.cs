using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class OpeningHoursEvaluationTests
{
    // 2026-01-05 is a Monday (ISO week 2).
    private static bool Open(string hours, DateTimeOffset at, string? departement = null) =>
        OpeningHoursSchedule.Parse(hours).Schedule!.IsOpenAt(at, departement);

    [Theory]
    [InlineData(9, 0, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    [InlineData(13, 0, false)]
    [InlineData(14, 0, true)]
    [InlineData(18, 29, true)]
    [InlineData(18, 30, false)]
    [InlineData(8, 59, false)]
    public void IsOpenAt_WeekdayWithLunchBreak_FollowsIntervals(int hour, int minute, bool expected) =>
        Assert.Equal(expected, Open("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", Paris.At(2026, 1, 5, hour, minute)));

    [Fact]
    public void IsOpenAt_LunchBreak_Closed() =>
        Assert.False(Open("Mo-Fr 09:00-12:00,14:00-18:30", Paris.At(2026, 1, 7, 12, 30)));

    [Fact]
    public void IsOpenAt_SaturdayRule_OpenOnlyOnSaturday()
    {
        const string hours = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00";
        Assert.True(Open(hours, Paris.At(2026, 1, 10, 8, 30)));
        Assert.False(Open(hours, Paris.At(2026, 1, 10, 14, 0)));
        Assert.False(Open(hours, Paris.At(2026, 1, 11, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_DayListAndWrappingRange_MatchListedDays()
    {
        Assert.True(Open("Mo,We,Fr 09:00-12:00", Paris.At(2026, 1, 7, 10, 0)));
        Assert.False(Open("Mo,We,Fr 09:00-12:00", Paris.At(2026, 1, 6, 10, 0)));
        Assert.True(Open("Fr-Mo 10:00-12:00", Paris.At(2026, 1, 11, 11, 0)));
        Assert.True(Open("Fr-Mo 10:00-12:00", Paris.At(2026, 1, 5, 11, 0)));
        Assert.False(Open("Fr-Mo 10:00-12:00", Paris.At(2026, 1, 7, 11, 0)));
    }

    [Fact]
    public void IsOpenAt_LaterRule_OverridesEarlierRuleForItsDays()
    {
        const string hours = "Mo-Fr 08:30-12:00,13:30-17:00; We 08:30-12:00";
        Assert.False(Open(hours, Paris.At(2026, 1, 7, 15, 0)));
        Assert.True(Open(hours, Paris.At(2026, 1, 8, 15, 0)));
    }

    [Fact]
    public void IsOpenAt_OffRule_ClosesTheDay()
    {
        Assert.False(Open("Mo-Fr 09:00-18:00; We off", Paris.At(2026, 1, 7, 10, 0)));
        Assert.False(Open("Mo-Fr 09:00-18:00; We closed", Paris.At(2026, 1, 7, 10, 0)));
        Assert.False(Open("off", Paris.At(2026, 1, 7, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_OffRuleWithTimes_ClosesOnlyThoseTimes()
    {
        const string hours = "Mo-Fr 09:00-18:00; We 12:00-14:00 off";
        Assert.False(Open(hours, Paris.At(2026, 1, 7, 13, 0)));
        Assert.True(Open(hours, Paris.At(2026, 1, 7, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_AdditiveRule_AddsWithoutReplacing()
    {
        Assert.True(Open("Mo-Fr 09:00-12:00, We 14:00-16:00", Paris.At(2026, 1, 7, 10, 0)));
        Assert.True(Open("Mo-Fr 09:00-12:00, We 14:00-16:00", Paris.At(2026, 1, 7, 15, 0)));
        Assert.False(Open("Mo-Fr 09:00-12:00; We 14:00-16:00", Paris.At(2026, 1, 7, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_FallbackRule_AppliesOnlyToDaysNotNamedBefore()
    {
        Assert.True(Open("Mo-Fr 09:00-12:00 || Sa 10:00-11:00", Paris.At(2026, 1, 10, 10, 30)));
        Assert.False(Open("Mo-Sa 09:00-12:00 || Sa 14:00-16:00", Paris.At(2026, 1, 10, 15, 0)));
        Assert.False(Open("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", Paris.At(2026, 1, 10, 10, 0)));
        Assert.True(Open("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", Paris.At(2026, 1, 5, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_CommentOnlyRule_IsNotOpen() =>
        Assert.False(Open("\"sur rendez-vous\"", Paris.At(2026, 1, 5, 10, 0)));

    [Fact]
    public void IsOpenAt_NoDaySelector_AppliesEveryDay()
    {
        Assert.True(Open("09:00-12:00", Paris.At(2026, 1, 11, 10, 0)));
        Assert.False(Open("08:30-11:30; Th 14:00-16:30", Paris.At(2026, 1, 8, 10, 0)));
        Assert.True(Open("08:30-11:30; Th 14:00-16:30", Paris.At(2026, 1, 8, 15, 0)));
    }

    [Fact]
    public void IsOpenAt_DayWithoutTimes_OpenAllDay() =>
        Assert.True(Open("Sa", Paris.At(2026, 1, 10, 3, 0)));

    [Fact]
    public void IsOpenAt_WrapPastMidnight_OpenNextMorning()
    {
        const string hours = "Fr 19:00-11:00";
        Assert.True(Open(hours, Paris.At(2026, 1, 9, 23, 0)));
        Assert.True(Open(hours, Paris.At(2026, 1, 10, 10, 59)));
        Assert.False(Open(hours, Paris.At(2026, 1, 10, 11, 0)));
        Assert.False(Open(hours, Paris.At(2026, 1, 9, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_HoursAbove24_SpillIntoNextDay()
    {
        Assert.True(Open("Sa 22:00-26:00", Paris.At(2026, 1, 11, 1, 59)));
        Assert.False(Open("Sa 22:00-26:00", Paris.At(2026, 1, 11, 2, 0)));
    }

    [Fact]
    public void IsOpenAt_EndAt24_OpenUntilMidnight()
    {
        Assert.True(Open("Mo 18:00-24:00", Paris.At(2026, 1, 5, 23, 59)));
        Assert.False(Open("Mo 18:00-24:00", Paris.At(2026, 1, 6, 0, 0)));
    }

    [Fact]
    public void IsOpenAt_OverridingRule_RemovesSpillIntoItsDay()
    {
        const string hours = "Mo-Su 20:00-02:00; Tu 10:00-12:00";
        Assert.False(Open(hours, Paris.At(2026, 1, 6, 1, 0)));
        Assert.True(Open(hours, Paris.At(2026, 1, 6, 11, 0)));
        Assert.False(Open(hours, Paris.At(2026, 1, 7, 1, 0)));
        Assert.True(Open(hours, Paris.At(2026, 1, 8, 1, 0)));
    }

    [Fact]
    public void IsOpenAt_TwentyFourSeven_AlwaysOpen()
    {
        var schedule = OpeningHoursSchedule.Parse("24/7").Schedule!;
        Assert.True(schedule.IsAlwaysOpen);
        Assert.True(schedule.IsOpenAt(Paris.At(2026, 12, 25, 3, 0)));
    }

    [Fact]
    public void IsOpenAt_TwentyFourSevenExceptHolidays_ClosedOnHoliday()
    {
        Assert.False(Open("24/7; PH off", Paris.At(2026, 12, 25, 10, 0)));
        Assert.True(Open("24/7; PH off", Paris.At(2026, 12, 24, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_PublicHolidayOff_ClosedOnEasterBasedHolidays()
    {
        const string hours = "Mo-Fr 09:00-18:00; PH off";
        Assert.False(Open(hours, Paris.At(2026, 5, 14, 10, 0)));
        Assert.False(Open(hours, Paris.At(2026, 5, 25, 10, 0)));
        Assert.False(Open(hours, Paris.At(2026, 4, 6, 10, 0)));
        Assert.True(Open(hours, Paris.At(2026, 5, 13, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_NoPublicHolidayRule_HolidayFollowsWeekday() =>
        Assert.True(Open("Mo-Fr 09:00-18:00", Paris.At(2026, 5, 14, 10, 0)));

    [Fact]
    public void IsOpenAt_PublicHolidayHours_ReplaceWeekdayHours()
    {
        const string hours = "Mo-Fr 09:00-18:00; PH 10:00-12:00";
        Assert.True(Open(hours, Paris.At(2026, 5, 25, 11, 0)));
        Assert.False(Open(hours, Paris.At(2026, 5, 25, 15, 0)));
        Assert.True(Open("Sa,PH 10:00-12:00", Paris.At(2026, 7, 14, 11, 0)));
    }

    [Fact]
    public void IsOpenAt_GoodFriday_ClosedOnlyInAlsaceMoselle()
    {
        const string hours = "Mo-Fr 09:00-18:00; PH off";
        Assert.True(Open(hours, Paris.At(2026, 4, 3, 10, 0)));
        Assert.False(Open(hours, Paris.At(2026, 4, 3, 10, 0), "67"));
        Assert.True(Open(hours, Paris.At(2026, 4, 3, 10, 0), "69"));
    }

    [Fact]
    public void IsOpenAt_OddWeeks_UsesIsoWeekNumber()
    {
        const string hours = "week 1-53/2 Mo 09:00-12:00; week 2-52/2 Tu 09:00-12:00";
        Assert.True(Open(hours, Paris.At(2025, 12, 29, 10, 0)));   // ISO week 1 of 2026
        Assert.False(Open(hours, Paris.At(2026, 1, 5, 10, 0)));    // week 2
        Assert.True(Open(hours, Paris.At(2026, 1, 6, 10, 0)));     // week 2, Tuesday
        Assert.True(Open(hours, Paris.At(2026, 1, 12, 10, 0)));    // week 3
        Assert.True(Open(hours, Paris.At(2026, 12, 28, 10, 0)));   // week 53
        Assert.True(Open(hours, Paris.At(2027, 1, 4, 10, 0)));     // week 1 right after week 53
    }

    [Fact]
    public void IsOpenAt_WeekRange_OpenOnlyWithinRange()
    {
        const string hours = "week 10-20 Mo-Fr 09:00-12:00";
        Assert.True(Open(hours, Paris.At(2026, 3, 2, 10, 0)));
        Assert.True(Open(hours, Paris.At(2026, 5, 14, 10, 0)));
        Assert.False(Open(hours, Paris.At(2026, 2, 27, 10, 0)));
        Assert.False(Open(hours, Paris.At(2026, 5, 18, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_MonthRanges_SwitchHoursBySeason()
    {
        const string hours = "Jan-Jun Mo-Fr 09:00-12:00; Jul-Aug Mo-Fr 10:00-12:00; Sep-Dec Mo-Fr 14:00-17:00";
        Assert.True(Open(hours, Paris.At(2026, 6, 30, 9, 30)));
        Assert.False(Open(hours, Paris.At(2026, 7, 1, 9, 30)));
        Assert.True(Open(hours, Paris.At(2026, 8, 31, 11, 0)));
        Assert.True(Open(hours, Paris.At(2026, 9, 1, 15, 0)));
        Assert.False(Open(hours, Paris.At(2026, 9, 1, 11, 0)));
    }

    [Fact]
    public void IsOpenAt_WrappingMonthRange_CoversNewYear()
    {
        Assert.True(Open("Nov-Feb Sa 10:00-12:00", Paris.At(2026, 1, 10, 11, 0)));
        Assert.False(Open("Nov-Feb Sa 10:00-12:00", Paris.At(2026, 3, 7, 11, 0)));
    }

    [Fact]
    public void IsOpenAt_DateRangeOff_ClosedOnThoseDates()
    {
        const string hours = "Mo-Fr 09:00-18:00; Dec 24-26 off";
        Assert.False(Open(hours, Paris.At(2026, 12, 24, 10, 0)));
        Assert.True(Open(hours, Paris.At(2026, 12, 23, 10, 0)));
        Assert.True(Open(hours, Paris.At(2026, 12, 28, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_DateRangeAcrossNewYear_ClosedThroughout()
    {
        const string hours = "Mo-Fr 09:00-18:00; Dec 24-Jan 02 off";
        Assert.False(Open(hours, Paris.At(2026, 12, 31, 10, 0)));
        Assert.False(Open(hours, Paris.At(2027, 1, 1, 10, 0)));
        Assert.True(Open(hours, Paris.At(2027, 1, 4, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_DateWithYear_OnlyThatYear()
    {
        const string hours = "Mo-Su 09:00-18:00; 2026 Dec 25 off";
        Assert.False(Open(hours, Paris.At(2026, 12, 25, 10, 0)));
        Assert.True(Open(hours, Paris.At(2027, 12, 25, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_YearRange_OnlyWithinYears()
    {
        Assert.True(Open("2025-2026 Mo 09:00-12:00", Paris.At(2026, 1, 5, 10, 0)));
        Assert.False(Open("2025-2026 Mo 09:00-12:00", Paris.At(2027, 1, 4, 10, 0)));
    }

    [Fact]
    public void IsOpenAt_WallClockDateAndTime_MatchesInstantOverload()
    {
        var schedule = OpeningHoursSchedule.Parse("Sa 10:00-12:00").Schedule!;
        Assert.True(schedule.IsOpenAt(new DateOnly(2026, 1, 10), new TimeOnly(10, 0)));
        Assert.False(schedule.IsOpenAt(new DateOnly(2026, 1, 10), new TimeOnly(12, 0)));
    }

    [Fact]
    public void IsOpenAt_SpringForward_UsesSummerOffset()
    {
        // 07:30 UTC is 08:30 in winter (closed) but 09:30 after the switch to summer time (open).
        const string hours = "Mo-Su 09:00-18:00";
        Assert.False(Open(hours, Paris.Utc(2026, 3, 28, 7, 30)));
        Assert.True(Open(hours, Paris.Utc(2026, 3, 29, 7, 30)));
    }

    [Fact]
    public void IsOpenAt_FallBack_UsesWinterOffset()
    {
        const string hours = "Mo-Su 09:00-18:00";
        Assert.True(Open(hours, Paris.Utc(2026, 10, 24, 7, 30)));
        Assert.False(Open(hours, Paris.Utc(2026, 10, 25, 7, 30)));
        Assert.True(Open(hours, Paris.Utc(2026, 10, 25, 8, 0)));
    }

    [Fact]
    public void IsOpenAt_InstantInAnotherOffset_ConvertedToParis() =>
        Assert.True(Open("Mo 09:00-12:00", new DateTimeOffset(2026, 1, 5, 4, 0, 0, TimeSpan.FromHours(-5))));
}

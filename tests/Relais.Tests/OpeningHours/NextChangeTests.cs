using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class NextChangeTests
{
    private static DateTimeOffset? Next(string hours, DateTimeOffset from, string? departement = null) =>
        OpeningHoursSchedule.Parse(hours).Schedule!.NextChangeAfter(from, departement);

    [Fact]
    public void NextChangeAfter_OpenBeforeLunch_ClosesAtNoon() =>
        Assert.Equal(Paris.At(2026, 1, 5, 12, 0), Next("Mo-Fr 09:00-12:00,14:00-18:00", Paris.At(2026, 1, 5, 10, 0)));

    [Fact]
    public void NextChangeAfter_ExactlyAtChange_ReturnsTheFollowingOne() =>
        Assert.Equal(Paris.At(2026, 1, 5, 14, 0), Next("Mo-Fr 09:00-12:00,14:00-18:00", Paris.At(2026, 1, 5, 12, 0)));

    [Fact]
    public void NextChangeAfter_FridayEvening_OpensMonday() =>
        Assert.Equal(Paris.At(2026, 1, 12, 9, 0), Next("Mo-Fr 09:00-18:00", Paris.At(2026, 1, 9, 18, 30)));

    [Fact]
    public void NextChangeAfter_BeforeLabourDay_SkipsTheHoliday() =>
        Assert.Equal(Paris.At(2026, 5, 4, 9, 0), Next("Mo-Fr 09:00-18:00; PH off", Paris.At(2026, 4, 30, 18, 30)));

    [Fact]
    public void NextChangeAfter_BeforeAscension_SkipsTheHoliday() =>
        Assert.Equal(Paris.At(2026, 5, 15, 9, 0), Next("Mo-Fr 09:00-18:00; PH off", Paris.At(2026, 5, 13, 18, 0)));

    [Fact]
    public void NextChangeAfter_BeforeGoodFridayInMoselle_SkipsIt() =>
        Assert.Equal(Paris.At(2026, 4, 7, 9, 0), Next("Mo-Fr 09:00-18:00; PH off", Paris.At(2026, 4, 2, 19, 0), "57"));

    [Fact]
    public void NextChangeAfter_WrapPastMidnight_ClosesNextMorning() =>
        Assert.Equal(Paris.At(2026, 1, 10, 11, 0), Next("Fr 19:00-11:00", Paris.At(2026, 1, 9, 20, 0)));

    [Fact]
    public void NextChangeAfter_UtcInput_ReturnsParisOffset()
    {
        var next = Next("Mo-Fr 09:00-18:00", Paris.Utc(2026, 1, 5, 6, 0));

        Assert.Equal(Paris.Utc(2026, 1, 5, 8, 0), next);
        Assert.Equal(TimeSpan.FromHours(1), next!.Value.Offset);
    }

    [Fact]
    public void NextChangeAfter_SpringForwardNight_OpensAtSummerTime()
    {
        var next = Next("Mo-Su 09:00-18:00", Paris.At(2026, 3, 28, 20, 0));

        Assert.Equal(Paris.Utc(2026, 3, 29, 7, 0), next);
        Assert.Equal(TimeSpan.FromHours(2), next!.Value.Offset);
    }

    [Fact]
    public void NextChangeAfter_IntervalInsideSpringGap_NeverHappensThatDay() =>
        Assert.Equal(Paris.Utc(2026, 4, 5, 0, 0), Next("Su 02:00-02:30", Paris.At(2026, 3, 28, 12, 0)));

    [Fact]
    public void NextChangeAfter_AutumnFold_ReopensWhenClockGoesBack()
    {
        // 01:00-02:30 happens twice in part: 02:00-02:30 summer time, then again in winter time.
        const string hours = "Su 01:00-02:30";
        Assert.Equal(Paris.Utc(2026, 10, 25, 0, 30), Next(hours, Paris.Utc(2026, 10, 24, 23, 30)));
        Assert.Equal(Paris.Utc(2026, 10, 25, 1, 0), Next(hours, Paris.Utc(2026, 10, 25, 0, 45)));
        Assert.Equal(Paris.Utc(2026, 10, 25, 1, 30), Next(hours, Paris.Utc(2026, 10, 25, 1, 0)));
    }

    [Fact]
    public void NextChangeAfter_NightAcrossFallBack_ClosesAtWinterTime() =>
        Assert.Equal(Paris.Utc(2026, 10, 25, 3, 0), Next("Sa 22:00-04:00", Paris.Utc(2026, 10, 24, 21, 0)));

    [Fact]
    public void NextChangeAfter_OncePerYear_FoundWithinHorizon() =>
        Assert.Equal(Paris.At(2027, 12, 25, 10, 0), Next("Dec 25 10:00-12:00", Paris.At(2026, 12, 26, 10, 0)));

    [Fact]
    public void NextChangeAfter_BeyondHorizon_Null() =>
        Assert.Null(Next("2028 Jan 10 10:00-12:00", Paris.At(2026, 1, 1, 10, 0)));

    [Theory]
    [InlineData("24/7")]
    [InlineData("Mo-Su 00:00-24:00")]
    [InlineData("off")]
    [InlineData("\"sur rendez-vous\"")]
    public void NextChangeAfter_NeverChanges_Null(string hours) =>
        Assert.Null(Next(hours, Paris.At(2026, 1, 5, 10, 0)));

    [Fact]
    public void NextChangeAfter_OpenAcrossMidnightEveryDay_ReportsNoFalseChangeAtMidnight() =>
        Assert.Equal(Paris.At(2026, 1, 7, 2, 0), Next("Mo-Su 00:00-02:00,06:00-24:00", Paris.At(2026, 1, 6, 10, 0)));
}

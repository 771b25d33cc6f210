using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class StatusTextTests
{
    private const string Office = "Mo-Fr 09:00-12:00,14:00-17:30";

    private static string Status(string hours, DateTimeOffset now) =>
        OpeningHoursSchedule.Parse(hours).Schedule!.StatusText(now);

    [Fact]
    public void StatusText_Open_ShowsClosingTime() =>
        Assert.Equal("Ouvert — ferme à 17h30", Status(Office, Paris.At(2026, 1, 5, 15, 0)));

    [Fact]
    public void StatusText_LunchBreak_OpensToday() =>
        Assert.Equal("Fermé — ouvre aujourd'hui à 14h00", Status(Office, Paris.At(2026, 1, 5, 12, 30)));

    [Fact]
    public void StatusText_Evening_OpensTomorrowWithoutLeadingZero() =>
        Assert.Equal("Fermé — ouvre demain à 9h00", Status(Office, Paris.At(2026, 1, 5, 19, 0)));

    [Fact]
    public void StatusText_FridayEvening_OpensOnNamedWeekday() =>
        Assert.Equal("Fermé — ouvre lundi à 9h00", Status(Office, Paris.At(2026, 1, 9, 19, 0)));

    [Fact]
    public void StatusText_OpeningMoreThanAWeekAway_ShowsDate() =>
        Assert.Equal(
            "Fermé — ouvre le 5 janvier à 9h00",
            Status("Mo-Fr 09:00-12:00; Dec 24-Jan 04 off", Paris.At(2025, 12, 23, 13, 0)));

    [Fact]
    public void StatusText_FirstOfMonth_WrittenPremier() =>
        Assert.Equal("Fermé — ouvre le 1er mai à 9h00", Status("Mo-Su 09:00-12:00; Apr off", Paris.At(2026, 4, 20, 13, 0)));

    [Fact]
    public void StatusText_TwentyFourSeven_AlwaysOpen() =>
        Assert.Equal("Ouvert 24h/24 et 7j/7", Status("24/7", Paris.At(2026, 1, 5, 3, 0)));

    [Fact]
    public void StatusText_NeverOpens_Closed() =>
        Assert.Equal("Fermé", Status("off", Paris.At(2026, 1, 5, 10, 0)));

    [Fact]
    public void StatusText_ClosingAtMidnight_SaysMinuit() =>
        Assert.Equal("Ouvert — ferme à minuit", Status("Mo 18:00-24:00", Paris.At(2026, 1, 5, 20, 0)));

    [Fact]
    public void StatusText_ClosingAfterMidnight_SaysDemain() =>
        Assert.Equal("Ouvert — ferme demain à 2h00", Status("Fr 19:00-02:00", Paris.At(2026, 1, 9, 20, 0)));

    [Fact]
    public void StatusText_HolidayTomorrow_SkipsToNextOpeningDay() =>
        Assert.Equal(
            "Fermé — ouvre lundi à 9h00",
            Status("Mo-Fr 09:00-18:00; PH off", Paris.At(2026, 4, 30, 19, 0)));

    [Fact]
    public void StatusText_UtcInput_UsesParisWallClock() =>
        Assert.Equal("Ouvert — ferme à 17h30", Status(Office, Paris.Utc(2026, 7, 6, 13, 0)));
}

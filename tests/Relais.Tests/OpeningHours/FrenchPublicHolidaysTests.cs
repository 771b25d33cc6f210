using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchesCalendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2025-04-21", "Lundi de Pâques")]
    [InlineData("2025-05-29", "Ascension")]
    [InlineData("2025-06-09", "Lundi de Pentecôte")]
    [InlineData("2026-04-06", "Lundi de Pâques")]
    [InlineData("2026-05-14", "Ascension")]
    [InlineData("2026-05-25", "Lundi de Pentecôte")]
    [InlineData("2027-03-29", "Lundi de Pâques")]
    [InlineData("2027-05-06", "Ascension")]
    [InlineData("2027-05-17", "Lundi de Pentecôte")]
    [InlineData("2026-01-01", "Jour de l'an")]
    [InlineData("2026-05-01", "Fête du Travail")]
    [InlineData("2026-05-08", "Victoire 1945")]
    [InlineData("2026-07-14", "Fête nationale")]
    [InlineData("2026-08-15", "Assomption")]
    [InlineData("2026-11-01", "Toussaint")]
    [InlineData("2026-11-11", "Armistice 1918")]
    [InlineData("2026-12-25", "Noël")]
    public void IsPublicHoliday_NationalHoliday_True(string date, string name)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(FrenchPublicHolidays.IsPublicHoliday(day));
        Assert.Equal(name, FrenchPublicHolidays.GetName(day));
    }

    [Theory]
    [InlineData("2026-04-05")]
    [InlineData("2026-05-24")]
    [InlineData("2026-04-03")]
    [InlineData("2026-12-26")]
    [InlineData("2026-12-24")]
    [InlineData("2026-03-02")]
    public void IsPublicHoliday_OrdinaryDay_False(string date) =>
        Assert.False(FrenchPublicHolidays.IsPublicHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("57")]
    [InlineData("67")]
    [InlineData("68")]
    [InlineData(" 68 ")]
    public void IsPublicHoliday_AlsaceMoselle_AddsGoodFridayAndSaintStephen(string departement)
    {
        Assert.Equal("Vendredi saint", FrenchPublicHolidays.GetName(new DateOnly(2026, 4, 3), departement));
        Assert.Equal("Vendredi saint", FrenchPublicHolidays.GetName(new DateOnly(2025, 4, 18), departement));
        Assert.Equal("Saint-Étienne", FrenchPublicHolidays.GetName(new DateOnly(2026, 12, 26), departement));
    }

    [Theory]
    [InlineData("75")]
    [InlineData("69")]
    [InlineData("")]
    [InlineData(null)]
    public void IsPublicHoliday_OtherDepartement_NoLocalHolidays(string? departement)
    {
        Assert.False(FrenchPublicHolidays.IsPublicHoliday(new DateOnly(2026, 4, 3), departement));
        Assert.False(FrenchPublicHolidays.IsPublicHoliday(new DateOnly(2026, 12, 26), departement));
    }

    [Fact]
    public void ForYear_2026_ElevenNationalThirteenInMoselle()
    {
        Assert.Equal(11, FrenchPublicHolidays.ForYear(2026).Count);
        Assert.Equal(13, FrenchPublicHolidays.ForYear(2026, "57").Count);
        Assert.Equal(new DateOnly(2026, 1, 1), FrenchPublicHolidays.ForYear(2026)[0].Date);
    }
}

using Relais.Web.Features.Sources.Mapping;

namespace Relais.Tests.Features.Sources.Mapping;

public class OpeningHoursMappingTests
{
    [Theory]
    [InlineData("08:00-16:00", "08:00-16:00")]                              // Nouvelle-Calédonie, per-day columns
    [InlineData("07:30-11:30, 12:15-16:00", "07:30-11:30,12:15-16:00")]
    [InlineData("08:00 - 17:00", "08:00-17:00")]
    [InlineData("7 : 30 - 11 : 30 / 12 : 30 - 15 :30", "07:30-11:30,12:30-15:30")]
    [InlineData("13:30 à 17:", "13:30-17:00")]
    [InlineData("8:30 11:30; 13:00 17:00", "08:30-11:30,13:00-17:00")]
    [InlineData("7:00-11:30 et 12:00-15:30", "07:00-11:30,12:00-15:30")]
    [InlineData("8h30-12h", "08:30-12:00")]                                 // MedNum BFC, half-day columns
    [InlineData("9h12h", "09:00-12:00")]
    [InlineData("09h-12h", "09:00-12:00")]
    [InlineData("10h à 17h", "10:00-17:00")]
    public void Parse_IntervalCell_Intervals(string cell, string expected)
    {
        var schedule = new WeekSchedule();
        OpeningIntervals.Parse(cell)!.ForEach(i => schedule.Add(0, i.Start, i.End));
        Assert.Equal($"Mo {expected}", schedule.ToOsm());
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]   // MedNum BFC: 93 cells
    [InlineData("Fermé")]
    public void Parse_ClosedCell_NoInterval(string cell) => Assert.Empty(OpeningIntervals.Parse(cell)!);

    [Theory]
    [InlineData("x")]              // MedNum BFC: open, hours unknown
    [InlineData("souscondition")]  // MedNum BFC
    [InlineData("12h-9h")]
    [InlineData("9h-12h-14h")]
    public void Parse_UnreadableCell_Null(string cell) => Assert.Null(OpeningIntervals.Parse(cell));

    [Fact]
    public void ToOsm_SameHoursOnSeveralDays_GroupedAsRanges()
    {
        var schedule = new WeekSchedule();
        foreach (var day in new[] { 0, 1, 3, 4 })
        {
            schedule.Add(day, 9 * 60, 12 * 60);
            schedule.Add(day, 14 * 60, 17 * 60);
        }

        schedule.Add(2, 14 * 60, 18 * 60);
        schedule.Add(5, 9 * 60, 12 * 60);

        Assert.Equal("Mo-Tu,Th-Fr 09:00-12:00,14:00-17:00; We 14:00-18:00; Sa 09:00-12:00", schedule.ToOsm());
    }

    [Theory]
    [InlineData("du lundi au vendredi de 9h à 12h et de 14h à 17h", "Mo-Fr 09:00-12:00,14:00-17:00")]
    [InlineData("le mardi de 14h à 18h", "Tu 14:00-18:00")]
    [InlineData("Du mardi au samedi de 10h à 18h, fermé le lundi", "Tu-Sa 10:00-18:00")]
    [InlineData("lundi et mardi : de 9h00 à 12h00, puis de 14h00 à 17h00", "Mo-Tu 09:00-12:00,14:00-17:00")]
    [InlineData("Lundi 9h-12h, mercredi 14h-17h30", "Mo 09:00-12:00; We 14:00-17:30")]
    [InlineData("Tous les jours de 10h à 19h sauf le dimanche", "Mo-Sa 10:00-19:00")]
    [InlineData("Lundi : 9h-12h ; mardi : fermé ; mercredi 9h-12h", "Mo,We 09:00-12:00")]
    [InlineData("9h - 12h du lundi au vendredi", "Mo-Fr 09:00-12:00")]
    [InlineData("Du lundi au vendredi de 9h à midi, sauf jours fériés", "Mo-Fr 09:00-12:00; PH off")]
    public void ToOsm_FrenchText_OsmString(string text, string expected)
    {
        Assert.Equal(expected, FrenchHoursText.ToOsm(text));
    }

    [Theory]
    [InlineData("fermé le lundi")]
    [InlineData("sur rendez-vous")]
    [InlineData("le 1er mardi du mois de 14h à 17h")]
    [InlineData("semaines paires : lundi 9h-12h")]
    [InlineData("lundi après-midi")]
    [InlineData("de 9h à 12h")]
    public void ToOsm_CalendarOrIncompleteText_Null(string text) => Assert.Null(FrenchHoursText.ToOsm(text));
}

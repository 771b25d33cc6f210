using Relais.Web.OpeningHours;

namespace Relais.Tests.OpeningHours;

public class OpeningHoursParserTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")]
    [InlineData("Mo,We,Fr 09:00-12:00", "Mo,We,Fr 09:00-12:00")]
    [InlineData("Fr-Mo 10:00-12:00", "Fr-Mo 10:00-12:00")]
    [InlineData("Mo-Fr 18:00-02:00", "Mo-Fr 18:00-02:00")]
    [InlineData("Mo-Fr 09:00-24:00", "Mo-Fr 09:00-24:00")]
    [InlineData("Sa 22:00-26:00", "Sa 22:00-26:00")]
    [InlineData("24/7", "24/7")]
    [InlineData("24/7; PH off", "24/7; PH off")]
    [InlineData("off", "off")]
    [InlineData("closed", "off")]
    [InlineData("Mo-Fr", "Mo-Fr")]
    [InlineData("09:00-12:00,14:00-17:30", "09:00-12:00,14:00-17:30")]
    [InlineData("Mo-Fr 09:00-18:00; We closed", "Mo-Fr 09:00-18:00; We off")]
    [InlineData("Mo-Fr 09:00-12:00 open", "Mo-Fr 09:00-12:00 open")]
    [InlineData("Mo-Fr 09:00-18:00; PH off", "Mo-Fr 09:00-18:00; PH off")]
    [InlineData("Mo-Fr,PH 09:00-12:00", "Mo-Fr,PH 09:00-12:00")]
    [InlineData("PH 10:00-12:00", "PH 10:00-12:00")]
    [InlineData("week 1-53/2 Mo 09:00-12:00; week 2-52/2 Tu 09:00-12:00", "week 1-53/2 Mo 09:00-12:00; week 2-52/2 Tu 09:00-12:00")]
    [InlineData("week 10-20 Mo-Fr 09:00-12:00", "week 10-20 Mo-Fr 09:00-12:00")]
    [InlineData("week 01,03,05 Mo 09:00-12:00", "week 1,3,5 Mo 09:00-12:00")]
    [InlineData("Jan-Jun Mo-Fr 09:00-12:00", "Jan-Jun Mo-Fr 09:00-12:00")]
    [InlineData("Jul-Aug Mo-Fr 10:00-12:00", "Jul-Aug Mo-Fr 10:00-12:00")]
    [InlineData("Dec 24-26 off", "Dec 24-26 off")]
    [InlineData("Dec 24-Jan 02 off", "Dec 24-Jan 02 off")]
    [InlineData("Dec 5 off", "Dec 05 off")]
    [InlineData("Jan-Mar,Oct-Dec Sa 10:00-12:00", "Jan-Mar,Oct-Dec Sa 10:00-12:00")]
    [InlineData("2026 Dec 25 off", "2026 Dec 25 off")]
    [InlineData("2026 Dec 24-2027 Jan 02 off", "2026 Dec 24-2027 Jan 02 off")]
    [InlineData("2025-2026 Mo-Fr 09:00-12:00", "2025-2026 Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 || \"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00, Sa 10:00-12:00", "Mo-Fr 09:00-12:00, Sa 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-18:00, We 12:00-14:00 off", "Mo-Fr 09:00-18:00, We 12:00-14:00 off")]
    public void Parse_ValidSyntax_NormalizesToCanonical(string input, string expected)
    {
        var result = OpeningHoursSchedule.Parse(input);

        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(expected, result.Schedule.Normalized);
        Assert.Null(result.ErrorCode);
    }

    [Theory]
    [InlineData("mo-fr 9:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("MO-FR 09:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09h00-12h00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 9h-12h30", "Mo-Fr 09:00-12:30")]
    [InlineData("Mo\u2013Fr 09:00\u201312:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00;", "Mo-Fr 09:00-12:00")]
    [InlineData("  Mo-Fr   09:00 - 12:00 , 14:00-18:00 ;; Sa 10:00-12:00 ", "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00")]
    [InlineData("Mo-Fr: 09:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00 14:00-18:00", "Mo-Fr 09:00-12:00,14:00-18:00")]
    [InlineData("Mo-Fr\u00A009:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("dec 25 off", "Dec 25 off")]
    [InlineData("Mo-Fr 09:00-12:00 \u201Csur rendez-vous\u201D", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    public void Parse_TolerableVariant_NormalizesToCanonical(string input, string expected)
    {
        var result = OpeningHoursSchedule.Parse(input);

        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(expected, result.Schedule.Normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    [InlineData(" ; ; ")]
    public void Parse_Empty_FailsWithEmptyCode(string? input)
    {
        var result = OpeningHoursSchedule.Parse(input);

        Assert.False(result.Success);
        Assert.Null(result.Schedule);
        Assert.Equal("empty", result.ErrorCode);
        Assert.False(string.IsNullOrEmpty(result.ErrorMessage));
    }

    [Theory]
    [InlineData("Lundi 09:00-12:00", "syntax", 0)]
    [InlineData("Mo-Fr 09:00-12:00; Lundi 10:00-12:00", "syntax", 19)]
    [InlineData("Mo-Fr 09:00-12:00 Sa 10:00-12:00", "syntax", 18)]
    [InlineData("Mo-Fr 25:00-26:00", "invalid-value", 6)]
    [InlineData("Mo-Fr 49:00-50:00", "invalid-value", 6)]
    [InlineData("Mo-Fr 09:60-12:00", "invalid-value", 9)]
    [InlineData("Mo-Fr 09:5-12:00", "invalid-value", 9)]
    [InlineData("Mo-Fr 09:00", "syntax", 11)]
    [InlineData("Mo-Fr 09:00-", "syntax", 12)]
    [InlineData("Mo-Fr 09:00-09:00", "invalid-value", 6)]
    [InlineData("Mo-Fr 0900-1200", "invalid-value", 6)]
    [InlineData("Mo-Fr 9-12", "syntax", 7)]
    [InlineData("Mo-Fr 08:00-18:00+", "unsupported", 17)]
    [InlineData("Mo-Fr 10:00-16:00/90", "unsupported", 17)]
    [InlineData("Mo-Fr sunrise-sunset", "unsupported", 6)]
    [InlineData("SH off", "unsupported", 0)]
    [InlineData("Mo-Fr 09:00-12:00; SH off", "unsupported", 19)]
    [InlineData("easter off", "unsupported", 0)]
    [InlineData("PH +1 day off", "unsupported", 3)]
    [InlineData("Mo[1] 09:00-12:00", "unsupported", 2)]
    [InlineData("Mo-Xy 09:00-12:00", "syntax", 3)]
    [InlineData("Mo-Fr 09:00-12:00 \"sur RDV", "syntax", 18)]
    [InlineData("Mo-Fr 09:00-12:00 ||", "syntax", 18)]
    [InlineData("Mo-Fr 09:00-12:00 @", "syntax", 18)]
    [InlineData("Mo|Tu 09:00-12:00", "syntax", 2)]
    [InlineData("Apr 31 off", "invalid-value", 4)]
    [InlineData("Dec 24-Jan off", "unsupported", 0)]
    [InlineData("2026 Dec 24-2025 Jan 02 off", "invalid-value", 0)]
    [InlineData("week 0-10 Mo 09:00-12:00", "invalid-value", 5)]
    [InlineData("week 54 Mo 09:00-12:00", "invalid-value", 5)]
    [InlineData("week 50-5/2 Mo 09:00-12:00", "unsupported", 5)]
    [InlineData("week Mo 09:00-12:00", "syntax", 5)]
    public void Parse_Invalid_ReportsCodeAndPosition(string input, string code, int position)
    {
        var result = OpeningHoursSchedule.Parse(input);

        Assert.False(result.Success);
        Assert.Null(result.Schedule);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(position, result.ErrorPosition);
        Assert.EndsWith($"(caractère {position + 1}).", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownWord_MessageIsFrenchAndQuotesTheWord()
    {
        var result = OpeningHoursSchedule.Parse("Lundi 09:00-12:00");

        Assert.Equal("Mot non reconnu « Lundi » (caractère 1).", result.ErrorMessage);
    }

    [Fact]
    public void Parse_SchoolHolidays_MessageNamesTheConstruct()
    {
        var result = OpeningHoursSchedule.Parse("SH off");

        Assert.Contains("vacances scolaires", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WeekRules_FlagsUsesWeekRules()
    {
        Assert.True(OpeningHoursSchedule.Parse("week 1-53/2 Mo 09:00-12:00").Schedule!.UsesWeekRules);
        Assert.False(OpeningHoursSchedule.Parse("Mo 09:00-12:00").Schedule!.UsesWeekRules);
    }

    [Fact]
    public void Parse_KeepsSource_AndToStringIsNormalized()
    {
        var schedule = OpeningHoursSchedule.Parse("mo 9h-12h").Schedule!;

        Assert.Equal("mo 9h-12h", schedule.Source);
        Assert.Equal("Mo 09:00-12:00", schedule.ToString());
    }

    [Fact]
    public void TryParse_InvalidText_ReturnsFalse()
    {
        Assert.False(OpeningHoursSchedule.TryParse("n'importe quoi", out var schedule));
        Assert.Null(schedule);
        Assert.True(OpeningHoursSchedule.TryParse("Mo 09:00-12:00", out schedule));
        Assert.NotNull(schedule);
    }
}

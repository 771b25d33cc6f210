using static Relais.Tests.Features.Sources.Cleanup.CleanupRows;

namespace Relais.Tests.Features.Sources.Cleanup;

public class CodeRulesTests
{
    [Fact]
    public void Clean_LaPostePostcodeAndInseeWithoutLeadingZero_ZeroRestored()
    {
        // Étapes numériques, Bourg-en-Bresse: JSON numbers 1000 and 1053.
        var (row, log) = Clean(("commune", "Bourg-en-Bresse"), ("code_postal", "1000"), ("code_insee", "1053"));

        Assert.Equal(("01000", "01053"), (row["code_postal"], row["code_insee"]));
        Assert.Contains(log.Changes, c => c is { Field: "code_postal", Before: "1000", After: "01000", Rule: "code_postal.repaired" });
    }

    [Theory]
    [InlineData("21 000", "21000")]
    [InlineData("21000.0", "21000")]
    [InlineData("2a004", "2A004")]
    [InlineData("21000", null)]
    [InlineData("ABCDE", null)]
    public void Repair_SpreadsheetForms_NormalisedOrLeftAlone(string raw, string? expected)
    {
        Assert.Equal(expected, Web.Features.Sources.Cleanup.CodeRules.Repair(raw, allowCorsica: true));
    }

    [Fact]
    public void Clean_RidetZero_BecomesUnknownPlaceholder()
    {
        // Nouvelle-Calédonie form export: "ridet": "0".
        var (row, _) = Clean(("pivot", "0"), ("code_postal", "98800"), ("commune", "Nouméa"));
        Assert.Equal("00000000000000", row["pivot"]);
    }
}

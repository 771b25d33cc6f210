using System.Text.Json;
using System.Text.RegularExpressions;
using Relais.Tests.Infrastructure;
using Relais.Web.Standard;

namespace Relais.Tests.Standard;

public class VocabulariesTests
{
    public static TheoryData<string> EnumeratedFields =>
    [
        "services", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "itinerance",
        "dispositif_programmes_nationaux", "formations_labels", "modalites_acces", "modalites_accompagnement",
    ];

    [Theory]
    [MemberData(nameof(EnumeratedFields))]
    public void Values_EqualTheOfficialSchemaPattern_ExactSpelling(string field)
    {
        var expected = SchemaValues("standard-mediation-num-schema-main-v1.0.2.json", field)
            // Known inconsistency §13.1: the schema on main omits the space; the reference library writes it.
            .Select(v => v == "Étapes numériques(La Poste)" ? "Étapes numériques (La Poste)" : v);

        Assert.Equal(expected.Order(StringComparer.Ordinal), ValuesOf(field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumeratedFields))]
    public void TryParse_EveryAllowedValue_Accepted(string field)
    {
        foreach (var value in ValuesOf(field))
        {
            Assert.True(Parse(field, value), $"{field}: {value}");
        }
    }

    [Theory]
    [InlineData("services", "Aide aux démarches administrative")]
    [InlineData("services", "Aide aux demarches administratives!")]
    [InlineData("frais_a_charge", "Gratuite")]
    [InlineData("itinerance", "Itinerante")]
    [InlineData("modalites_accompagnement", "En autonomie totale")]
    [InlineData("dispositif_programmes_nationaux", "France Service")]
    [InlineData("publics_specifiquement_adresses", "Jeune")]
    public void TryParse_NearMiss_Rejected(string field, string value) => Assert.False(Parse(field, value));

    [Theory]
    [InlineData("Ce lieu n’accueille pas de public", AccessMode.NoPublicReception)]
    [InlineData("Ce lieu n'accueille pas de public", AccessMode.NoPublicReception)]
    [InlineData("  se présenter ", AccessMode.WalkIn)]
    [InlineData("Se présenter sur place", AccessMode.WalkIn)]
    public void TryParse_AccessModeVariant_Canonical(string input, AccessMode expected)
    {
        Assert.True(Vocabularies.AccessModes.TryParse(input, out var flag, out _));
        Assert.Equal(expected, flag);
        Assert.Equal(input.Contains("accueille", StringComparison.Ordinal) ? "Ce lieu n'accueille pas de public" : "Se présenter", Vocabularies.AccessModes.Format(flag));
    }

    [Theory]
    [InlineData("Étapes numériques(La Poste)")]
    [InlineData("Étapes numériques (La Poste)")]
    [InlineData("Étapes\u00A0numériques (La Poste)")]
    public void TryParse_EtapesNumeriquesSpellings_WrittenWithSpace(string input)
    {
        Assert.True(Vocabularies.TrainingLabels.TryParse(input, out var flag, out _));
        Assert.Equal("Étapes numériques (La Poste)", Vocabularies.TrainingLabels.Format(flag));
    }

    [Fact]
    public void Format_SeveralFlags_StandardOrderWithPipe()
    {
        var flags = ServiceKind.AffordableEquipment | ServiceKind.AdministrativeProcedures;
        Assert.Equal("Aide aux démarches administratives|Acquisition de matériel informatique à prix solidaire", Vocabularies.Services.Format(flags));
    }

    [Fact]
    public void Typologies_All_NinetyTwoDistinctCodes()
    {
        Assert.Equal(92, Typologies.All.Count);
        Assert.Equal(92, Typologies.All.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.True(Typologies.TryFind("PE", out var ft, out _));
        Assert.Equal("FT", ft.Code);
        Assert.False(Typologies.TryFind("BIBLIO", out _, out _));
    }

    private static bool Parse(string field, string value) => field switch
    {
        "services" => Vocabularies.Services.TryParse(value, out _, out _),
        "publics_specifiquement_adresses" => Vocabularies.TargetPublics.TryParse(value, out _, out _),
        "prise_en_charge_specifique" => Vocabularies.SpecificSupports.TryParse(value, out _, out _),
        "frais_a_charge" => Vocabularies.FeeConditions.TryParse(value, out _, out _),
        "itinerance" => Vocabularies.Itinerancies.TryParse(value, out _, out _),
        "dispositif_programmes_nationaux" => Vocabularies.NationalProgrammes.TryParse(value, out _, out _),
        "formations_labels" => Vocabularies.TrainingLabels.TryParse(value, out _, out _),
        "modalites_acces" => Vocabularies.AccessModes.TryParse(value, out _, out _),
        "modalites_accompagnement" => Vocabularies.SupportModes.TryParse(value, out _, out _),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static IEnumerable<string> ValuesOf(string field) => field switch
    {
        "services" => Vocabularies.Services.Values,
        "publics_specifiquement_adresses" => Vocabularies.TargetPublics.Values,
        "prise_en_charge_specifique" => Vocabularies.SpecificSupports.Values,
        "frais_a_charge" => Vocabularies.FeeConditions.Values,
        "itinerance" => Vocabularies.Itinerancies.Values,
        "dispositif_programmes_nationaux" => Vocabularies.NationalProgrammes.Values,
        "formations_labels" => Vocabularies.TrainingLabels.Values,
        "modalites_acces" => Vocabularies.AccessModes.Values,
        "modalites_accompagnement" => Vocabularies.SupportModes.Values,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The alternatives of the schema's pattern <c>(?:(?:^|\|)(A|B|C))+$</c>, unescaped.</summary>
    internal static List<string> SchemaValues(string schemaFile, string field)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.Schema(schemaFile)));
        var pattern = schema.RootElement.GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == field)
            .GetProperty("constraints").GetProperty("pattern").GetString()!;
        var inner = pattern[(pattern.IndexOf("|)(", StringComparison.Ordinal) + 3)..pattern.LastIndexOf("))+$", StringComparison.Ordinal)];
        return [.. Regex.Split(inner, @"(?<!\\)\|").Select(Regex.Unescape)];
    }
}

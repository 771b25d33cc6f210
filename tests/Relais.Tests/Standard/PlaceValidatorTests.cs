using Relais.Tests.Infrastructure;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;

namespace Relais.Tests.Standard;

public class PlaceValidatorTests
{
    internal static readonly CommuneDirectory Communes = CommuneDirectory.LoadDefault();

    [Fact]
    public void Validate_ValidRow_NoIssueAndTypedValues()
    {
        var result = Validate();

        Assert.Empty(result.Issues);
        var place = Assert.IsType<StandardPlace>(result.Place);
        Assert.Equal(ServiceKind.AdministrativeProcedures | ServiceKind.EverydayDigitalTools, place.Services);
        Assert.Equal(new DateOnly(2026, 10, 1), place.UpdatedOn);
        Assert.Equal("51454", result.Commune?.InseeCode);
        Assert.True(result.HoursInterpretable);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var result = Validate(c =>
        {
            c["code_postal"] = "5110";
            c["telephone"] = "123";
            c["services"] = "Aide aux démarches";
            c["date_maj"] = "02/04/2024";
            c["nom"] = string.Empty;
        });

        Assert.False(result.IsValid);
        Assert.Equal(
            new[] { "code_postal.invalid", "date_maj.invalid", "nom.missing", "services.invalid", "telephone.invalid" },
            result.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("pivot")]
    [InlineData("nom")]
    [InlineData("commune")]
    [InlineData("code_postal")]
    [InlineData("adresse")]
    [InlineData("date_maj")]
    public void Validate_RequiredFieldEmpty_Error(string field) =>
        AssertError(Validate(c => c[field] = "  "), $"{field}.missing");

    [Theory]
    [InlineData("43493312300029", "43493312300029")]
    [InlineData("434 933 123 00029", "43493312300029")]
    [InlineData("W751234567", "W751234567")]
    [InlineData("w75123456A", "W75123456A")]
    public void Validate_PivotAccepted_Normalised(string input, string expected) =>
        Assert.Equal(expected, Validate(c => c["pivot"] = input).Place?.Pivot);

    [Theory]
    [InlineData("1234")]
    [InlineData("434933123000290000")]
    [InlineData("4349-3312-300029")]
    public void Validate_PivotMalformed_Error(string input) => AssertError(Validate(c => c["pivot"] = input), "pivot.invalid");

    [Fact]
    public void Validate_PivotPlaceholder_WarningAndUnknown()
    {
        var result = Validate(c => c["pivot"] = "00000000000000");
        AssertWarning(result, "pivot.placeholder");
        Assert.Null(result.Place?.Pivot);
    }

    [Theory]
    [InlineData("43493312300028")]
    [InlineData("12345678901234")]
    public void Validate_SiretWrongCheckDigit_WarningOnly(string siret) => AssertWarning(Validate(c => c["pivot"] = siret), "pivot.siret_checksum");

    [Theory]
    [InlineData("43493312300029", true)]  // Luhn
    [InlineData("43493312300028", false)]
    [InlineData("35600000000048", true)]  // La Poste head office: Luhn
    [InlineData("35600000012341", true)]  // La Poste establishment: digit sum 25, a multiple of 5
    [InlineData("35600000012345", false)] // digit sum 29
    public void HasValidSiretCheckDigit_LuhnOrLaPosteRule_Expected(string siret, bool expected) =>
        Assert.Equal(expected, PivotRules.HasValidSiretCheckDigit(siret));

    [Theory]
    [InlineData("2A004")]
    [InlineData("2B033")]
    [InlineData("97411")]
    public void Validate_InseeCodeValidShapes_NoShapeError(string code) =>
        Assert.DoesNotContain(Validate(c => c["code_insee"] = code).Issues, i => i.Code == "code_insee.invalid");

    [Theory]
    [InlineData("20004")]
    [InlineData("2C004")]
    [InlineData("5145")]
    [InlineData("A1454")]
    public void Validate_InseeCodeInvalid_Error(string code) => AssertError(Validate(c => c["code_insee"] = code), "code_insee.invalid");

    [Theory]
    [InlineData("91.5", "latitude.out_of_range")]
    [InlineData("49,25", "latitude.invalid")]
    [InlineData("nord", "latitude.invalid")]
    public void Validate_LatitudeInvalid_Error(string value, string code) => AssertError(Validate(c => c["latitude"] = value), code);

    [Fact]
    public void Validate_CoordinatesOutsideFrance_Warning() =>
        AssertWarning(Validate(c => { c["latitude"] = "40.7128"; c["longitude"] = "-74.006"; }), "coordinates.outside_france");

    [Fact]
    public void Validate_CoordinatesSwapped_WarningSaysInverted()
    {
        var result = Validate(c => { c["latitude"] = "4.0317"; c["longitude"] = "49.2577"; });
        var issue = AssertWarning(result, "coordinates.outside_france");
        Assert.Contains("inversées", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CoordinatesFarFromCommune_Warning() =>
        AssertWarning(Validate(c => { c["latitude"] = "43.52609"; c["longitude"] = "5.41423"; }), "coordinates.far_from_commune");

    [Fact]
    public void Validate_PostalCodeNotTheCommunes_Warning() => AssertWarning(Validate(c => c["code_postal"] = "69001"), "code_postal.mismatch");

    [Fact]
    public void Validate_CommuneNameNotTheInseeCodes_Warning() => AssertWarning(Validate(c => c["commune"] = "Épernay"), "commune.mismatch");

    [Theory]
    [InlineData("REIMS")]
    [InlineData("reims")]
    public void Validate_CommuneNameCaseVariant_NoWarning(string name) =>
        Assert.DoesNotContain(Validate(c => c["commune"] = name).Issues, i => i.Code == "commune.mismatch");

    [Fact]
    public void Validate_CommuneByPostalCodeAndName_Resolved()
    {
        var result = Validate(c => { c["code_insee"] = string.Empty; c["commune"] = "ST ETIENNE"; c["code_postal"] = "42000"; c["latitude"] = "45.4397"; c["longitude"] = "4.3872"; });
        Assert.Equal("42218", result.Commune?.InseeCode);
        Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Validate_UnknownPostalCode_Warning() =>
        AssertWarning(Validate(c => { c["code_insee"] = string.Empty; c["code_postal"] = "51999"; }), "code_postal.unknown");

    [Fact]
    public void Validate_NouvelleCaledoniePostalCode_NotFlaggedAsUnknown() =>
        Assert.DoesNotContain(Validate(c => { c["code_insee"] = string.Empty; c["code_postal"] = "98800"; c["commune"] = "Nouméa"; c["latitude"] = "-22.27"; c["longitude"] = "166.44"; }).Issues, i => i.Code.StartsWith("code_postal", StringComparison.Ordinal));

    [Theory]
    [InlineData("2027-01-01", "date_maj.future")]
    [InlineData("2024-04-02", "date_maj.stale")]
    public void Validate_DateSuspicious_Warning(string date, string code) => AssertWarning(Validate(c => c["date_maj"] = date), code);

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("02/04/2024")]
    [InlineData("hier")]
    public void Validate_DateInvalid_Error(string date) => AssertError(Validate(c => c["date_maj"] = date), "date_maj.invalid");

    [Fact]
    public void Validate_DateTime_DatePartKept() => Assert.Equal(new DateOnly(2026, 10, 1), Validate(c => c["date_maj"] = "2026-10-01T08:30:00Z").Place?.UpdatedOn);

    [Fact]
    public void Validate_SummaryOver280_Error() => AssertError(Validate(c => c["presentation_resume"] = new string('a', 281)), "presentation_resume.too_long");

    [Fact]
    public void Validate_Summary280_Accepted() => Assert.True(Validate(c => c["presentation_resume"] = new string('a', 280)).IsValid);

    [Fact]
    public void Validate_UnknownTypology_WarningKeptAsAutre()
    {
        var result = Validate(c => c["typologie"] = "BIB|BIBLIOTHEQUE");
        AssertWarning(result, "typologie.unknown");
        Assert.Equal("BIB|Autre", result.Place?.Typologies);
    }

    [Fact]
    public void Validate_LegacyPoleEmploiTypology_WrittenFT() => Assert.Equal("FT", Validate(c => c["typologie"] = "PE").Place?.Typologies);

    [Fact]
    public void Validate_SemicolonListInV1_WarningAndSplit()
    {
        var result = Validate(c => c["services"] = "Aide aux démarches administratives;Loisirs et créations numériques");
        AssertWarning(result, "services.separator");
        Assert.Equal(ServiceKind.AdministrativeProcedures | ServiceKind.LeisureAndCreation, result.Place?.Services);
    }

    [Fact]
    public void Validate_EmptyItemsAndDuplicates_Dropped() =>
        Assert.Equal(SupportMode.Individual | SupportMode.Remote, Validate(c => c["modalites_accompagnement"] = "Accompagnement individuel||À distance|Accompagnement individuel|").Place?.SupportModes);

    [Fact]
    public void Validate_UnparsableHours_WarningKeptVerbatim()
    {
        var result = Validate(c => c["horaires"] = "le lundi matin sur rendez-vous");
        AssertWarning(result, "horaires.unparsable");
        Assert.Equal("le lundi matin sur rendez-vous", result.Place?.OpeningHours);
        Assert.False(result.HoursInterpretable);
    }

    [Fact]
    public void Validate_ParentNetworkIsSiret_Warning() => AssertWarning(Validate(c => c["structure_parente"] = "21510454900018"), "structure_parente.siret");

    [Fact]
    public void Validate_DuplicateId_SecondRowRejected()
    {
        var validator = new PlaceValidator(Communes, new FixedTimeProvider());
        Assert.True(validator.Validate(Row()).IsValid);
        AssertError(validator.Validate(Row()), "id.duplicate");
    }

    internal static StandardRow Row(Action<Dictionary<string, string>>? change = null)
    {
        var cells = new Dictionary<string, string>(StandardCsv.ValidRow);
        change?.Invoke(cells);
        return new StandardRow(1, StandardColumns.All.Select(c => cells.TryGetValue(c, out var v) ? v : null).ToArray());
    }

    internal static PlaceValidationResult Validate(Action<Dictionary<string, string>>? change = null) =>
        new PlaceValidator(Communes, new FixedTimeProvider()).Validate(Row(change));

    internal static void AssertError(PlaceValidationResult result, string code)
    {
        Assert.False(result.IsValid, $"expected {code}");
        Assert.Contains(result.Issues, i => i.Code == code && i.Severity == IssueSeverity.Error);
    }

    internal static ValidationIssue AssertWarning(PlaceValidationResult result, string code)
    {
        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => i.Code)));
        return Assert.Single(result.Issues, i => i.Code == code && i.Severity == IssueSeverity.Warning);
    }
}

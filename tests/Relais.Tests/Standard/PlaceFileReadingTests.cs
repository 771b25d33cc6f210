using System.Text;
using Relais.Tests.Infrastructure;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Tests.Standard;

public class PlaceFileReadingTests
{
    [Theory]
    [InlineData("exemple-valide-v1.0.0.csv", StandardVersion.V1x)]
    [InlineData("exemple-valide-v1.0.1.csv", StandardVersion.V1x)]
    [InlineData("exemple-valide-main-v1.0.2.csv", StandardVersion.V1x)]
    [InlineData("exemple-valide-v0.1.0.csv", StandardVersion.V0x)]
    [InlineData("exemple-valide-v0.1.1.csv", StandardVersion.V0x)]
    public async Task Read_OfficialExample_ValidWithoutError(string file, StandardVersion version)
    {
        var (place, issues, read) = await ReadSingleAsync(TestPaths.Schema(file));

        Assert.Equal(version, read.Version);
        Assert.DoesNotContain(issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("Anonymal", place!.Name);
        Assert.Equal("43493312300029", place.Pivot);
        Assert.Equal("TIERS_LIEUX|ASSO", place.Typologies);
        // The example's point is in Aix-en-Provence while its commune is Reims: flagged, not rejected.
        Assert.Contains(issues, i => i.Code == "coordinates.far_from_commune");
    }

    [Fact]
    public async Task Read_V01Example_BridgedToV1Values()
    {
        var (place, issues, _) = await ReadSingleAsync(TestPaths.Schema("exemple-valide-v0.1.1.csv"));

        Assert.Equal(Web.Standard.ServiceKind.AdministrativeProcedures | Web.Standard.ServiceKind.EverydayDigitalTools, place!.Services);
        Assert.Equal(Web.Standard.FeeCondition.Paying | Web.Standard.FeeCondition.FreeUnderConditions, place.FeeConditions);
        Assert.Equal(Web.Standard.TargetPublic.FamiliesAndChildren, place.TargetPublics);
        Assert.Equal(Web.Standard.SpecificSupport.VisualImpairment, place.SpecificSupports);
        Assert.Equal(Web.Standard.NationalProgramme.FranceServices | Web.Standard.NationalProgramme.CafDigitalAccessPoint, place.NationalProgrammes);
        Assert.Equal("APTIC|SudLabs|Nièvre médiation numérique", place.OtherLabels);
        Assert.Equal(Web.Standard.SupportMode.Autonomous | Web.Standard.SupportMode.Individual, place.SupportModes);
        Assert.Equal("contact@laquincaillerie.tl", place.Emails);
        Assert.Equal("https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/", place.Websites);
        Assert.StartsWith("https://acceslibre.beta.gouv.fr/", place.AccessibilitySheetUrl, StringComparison.Ordinal);
        Assert.Contains(issues, i => i.Code == "labels_nationaux.no_target" && i.Message.Contains("APTIC", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Code == "publics_accueillis.no_target" && i.Message.Contains("Adultes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_V010ExampleCommaSeparatedWebsites_Split()
    {
        var (place, _, _) = await ReadSingleAsync(TestPaths.Schema("exemple-valide-v0.1.0.csv"));
        Assert.Equal(2, place!.Websites!.Split('|').Length);
    }

    [Fact]
    public async Task Read_Windows1252File_ReadWithEncodingWarning()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row()), encoding: CodePages.Windows1252);
        var (place, issues, _) = await ReadSingleAsync(file.Path);

        Assert.Equal("Médiathèque Jean Rousselot", place!.Name);
        Assert.Contains(issues, i => i.Code == "file.encoding");
    }

    [Fact]
    public async Task Read_Utf8WithBom_ReadWithRemark()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row()), encoding: new UTF8Encoding(true));
        var (place, issues, _) = await ReadSingleAsync(file.Path);

        Assert.Equal("lieu-1", place!.Id);
        Assert.Contains(issues, i => i.Code == "file.bom");
    }

    [Fact]
    public async Task Read_SemicolonSeparatedColumns_ReadWithWarning()
    {
        var text = StandardCsv.File(StandardCsv.Row()).Replace("\",\"", "\";\"", StringComparison.Ordinal)
            .Replace(string.Join(',', Web.Standard.StandardColumns.All), string.Join(';', Web.Standard.StandardColumns.All), StringComparison.Ordinal);
        using var file = TempFile.WithText(text);
        var (place, issues, _) = await ReadSingleAsync(file.Path);

        Assert.Equal("51100", place!.PostalCode);
        Assert.Contains(issues, i => i.Code == "file.separator");
    }

    [Fact]
    public async Task Read_MissingRequiredColumn_Unreadable()
    {
        using var file = TempFile.WithText("id,nom,commune\r\n1,Lieu,Reims\r\n");
        var exception = await Assert.ThrowsAsync<PlaceFileException>(() => ReadSingleAsync(file.Path));
        Assert.Equal("file.missing_required_columns", exception.Code);
        Assert.Contains("pivot", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingOptionalColumn_WarningAndEmpty()
    {
        var header = "id,pivot,nom,commune,code_postal,adresse,date_maj,courriels";
        using var file = TempFile.WithText($"{header}\r\nx1,43493312300029,Lieu,Reims,51100,1 rue Haute,2026-10-01,a.b@example.fr\r\n");
        var (place, issues, _) = await ReadSingleAsync(file.Path);

        Assert.Equal("a.b@example.fr", place!.Emails);
        Assert.Contains(issues, i => i.Code == "file.missing_columns");
    }

    [Fact]
    public async Task Read_RaggedRow_RowRejectedOthersKept()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(), StandardCsv.Row(c => c["id"] = "lieu-2") + ",\"en trop\""));
        var results = await ValidateAllAsync(file.Path);

        Assert.True(results[0].IsValid);
        Assert.Contains(results[1].Issues, i => i.Code == "ligne.ragged");
        Assert.False(results[1].IsValid);
    }

    [Fact]
    public async Task Read_TenMegabyteCell_RowRejectedFileStillRead()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["presentation_detail"] = huge), StandardCsv.Row(c => c["id"] = "lieu-2")));
        var results = await ValidateAllAsync(file.Path);

        Assert.Contains(results[0].Issues, i => i.Code == "ligne.cell_too_large");
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public async Task Read_UnterminatedQuote_UnreadableWithLine()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row()) + "\"lieu-2,\"43493312300029\r\n" + new string('y', 17 * 1024 * 1024));
        var exception = await Assert.ThrowsAsync<PlaceFileException>(() => ValidateAllAsync(file.Path));
        Assert.Equal("file.malformed", exception.Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })]
    public async Task Open_BinaryFile_Unreadable(byte[] bytes)
    {
        using var file = TempFile.WithBytes(bytes);
        var exception = await Assert.ThrowsAsync<PlaceFileException>(() => PlaceFile.OpenAsync(file.Path));
        Assert.Equal("file.binary", exception.Code);
    }

    [Fact]
    public async Task Open_EmptyFile_Unreadable()
    {
        using var file = TempFile.WithText(string.Empty);
        Assert.Equal("file.empty", (await Assert.ThrowsAsync<PlaceFileException>(() => PlaceFile.OpenAsync(file.Path))).Code);
    }

    [Fact]
    public async Task Open_MissingFile_NotFound() =>
        Assert.Equal("file.not_found", (await Assert.ThrowsAsync<PlaceFileException>(() => PlaceFile.OpenAsync("/nonexistent/lieux.csv"))).Code);

    [Fact]
    public async Task Read_UnrelatedCsv_NotStandard()
    {
        using var file = TempFile.WithText("name,city\r\nA,B\r\n");
        Assert.Equal("file.not_standard", (await Assert.ThrowsAsync<PlaceFileException>(() => ValidateAllAsync(file.Path))).Code);
    }

    [Fact]
    public async Task Read_ExtraColumnsAfterStandard_IgnoredWithWarning()
    {
        var text = StandardCsv.Header + ",sources,score\r\n" + StandardCsv.Row() + ",\"hinaura:1\",\"42\"\r\n";
        using var file = TempFile.WithText(text);
        var (place, issues, _) = await ReadSingleAsync(file.Path);

        Assert.NotNull(place);
        Assert.Contains(issues, i => i.Code == "file.extra_columns" && i.Message.Contains("sources", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_JsonNotAnArray_Unreadable()
    {
        using var file = TempFile.WithText("{\"type\":\"FeatureCollection\",\"features\":[]}", ".json");
        Assert.Equal("file.malformed", (await Assert.ThrowsAsync<PlaceFileException>(() => ValidateAllAsync(file.Path))).Code);
    }

    [Fact]
    public async Task Read_JsonTruncated_Unreadable()
    {
        using var file = TempFile.WithText("[{\"id\":\"1\",\"nom\":\"A\"},{\"id\":\"2\",\"no", ".json");
        var exception = await Assert.ThrowsAsync<PlaceFileException>(() => ValidateAllAsync(file.Path));
        Assert.Equal("file.malformed", exception.Code);
    }

    [Fact]
    public async Task Read_JsonV1WithNumbersAndUnknownKeys_ReadWithWarning()
    {
        var json = """
            [{"id":"j1","pivot":"43493312300029","nom":"Espace numérique","commune":"Reims","code_postal":"51100","adresse":"1 rue Haute",
              "latitude":49.2577,"longitude":4.0317,"date_maj":"2026-10-01","services":"Aide aux démarches administratives","score":12}]
            """;
        using var file = TempFile.WithText(json, ".json");
        var (place, issues, read) = await ReadSingleAsync(file.Path);

        Assert.Equal(PlaceFileSyntax.Json, read.Syntax);
        Assert.Equal(49.2577, place!.Latitude);
        Assert.Contains(issues, i => i.Code == "file.extra_columns" && i.Message.Contains("score", StringComparison.Ordinal));
    }

    internal static async Task<List<PlaceValidationResult>> ValidateAllAsync(string path)
    {
        var file = await PlaceFile.OpenAsync(path);
        var validator = new PlaceValidator(PlaceValidatorTests.Communes, new FixedTimeProvider());
        var results = new List<PlaceValidationResult>();
        await foreach (var row in file.ReadRowsAsync())
        {
            results.Add(validator.Validate(row));
        }

        return results;
    }

    private static async Task<(Web.Standard.StandardPlace? Place, List<ValidationIssue> Issues, PlaceFile File)> ReadSingleAsync(string path)
    {
        var file = await PlaceFile.OpenAsync(path);
        var validator = new PlaceValidator(PlaceValidatorTests.Communes, new FixedTimeProvider());
        var results = new List<PlaceValidationResult>();
        await foreach (var row in file.ReadRowsAsync())
        {
            results.Add(validator.Validate(row));
        }

        var single = Assert.Single(results);
        return (single.Place, [.. single.Issues, .. file.FileIssues], file);
    }
}

internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);
}

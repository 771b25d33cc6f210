using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Standard;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Tests.Standard;

public class RoundTripTests
{
    public static TheoryData<string> Formats => [".csv", ".json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteThenRead_GeneratedPlacesWithTrickyText_Lossless(string extension)
    {
        var places = new GeneratePlacesHandler(PlaceValidatorTests.Communes).Generate(300, seed: 7).ToList();
        places[0].DetailedPresentation = "Guillemets \"doubles\", virgule, point-virgule ; barre | et\r\nretour à la ligne";
        places[1].Name = "L’Atelier « numérique », 2e étage";
        places[2].OtherLabels = "QPV|Label et la bête";
        places[3].Latitude = 45.123456789012;

        var readBack = await WriteAndReadAsync(places, extension);

        Assert.Equal(places.Count, readBack.Count);
        for (var i = 0; i < places.Count; i++)
        {
            Assert.Equal(StandardCells.From(places[i]), StandardCells.From(readBack[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteThenRead_Hinaura_Lossless(string extension)
    {
        var places = (await PlaceFileReadingTests.ValidateAllAsync(TestPaths.Hinaura)).Where(r => r.IsValid).Select(r => r.Place!).ToList();

        var readBack = await WriteAndReadAsync(places, extension);

        Assert.Equal(places.Select(StandardCells.From), readBack.Select(StandardCells.From));
    }

    [Theory]
    [InlineData("standard-mediation-num-schema-v1.0.1.json")]
    [InlineData("standard-mediation-num-schema-main-v1.0.2.json")]
    public async Task WriteCsv_GeneratedPlaces_ValidAgainstOfficialSchema(string schema)
    {
        var places = new GeneratePlacesHandler(PlaceValidatorTests.Communes).Generate(500, seed: 3).ToList();
        foreach (var place in places)
        {
            // 1.0.1 does not know this label and 1.0.2 spells it without a space (§13.1): checked separately.
            place.TrainingLabels &= ~TrainingLabel.EtapesNumeriques;
        }

        using var file = TempFile.Empty(".csv");
        await WriteAsync(places, file.Path);

        Assert.Empty(TableSchemaChecker.Check(schema, file.Path));
    }

    [Fact]
    public async Task WriteCsv_EtapesNumeriques_OnlyKnownSpellingDifferenceWithMainSchema()
    {
        var place = new GeneratePlacesHandler(PlaceValidatorTests.Communes).Generate(1).Single();
        place.TrainingLabels = TrainingLabel.EtapesNumeriques;
        using var file = TempFile.Empty(".csv");
        await WriteAsync([place], file.Path);

        var problem = Assert.Single(TableSchemaChecker.Check("standard-mediation-num-schema-main-v1.0.2.json", file.Path));
        Assert.Contains("formations_labels", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteCsv_UnknownPivot_WritesPlaceholderSchemaStillValid()
    {
        var place = new GeneratePlacesHandler(PlaceValidatorTests.Communes).Generate(1).Single();
        place.Pivot = null;
        using var file = TempFile.Empty(".csv");
        await WriteAsync([place], file.Path);

        Assert.Empty(TableSchemaChecker.Check("standard-mediation-num-schema-v1.0.1.json", file.Path));
        Assert.Contains(",00000000000000,", await File.ReadAllTextAsync(file.Path), StringComparison.Ordinal);
    }

    internal static async Task WriteAsync(IReadOnlyList<StandardPlace> places, string path)
    {
        await using var stream = File.Create(path);
        var syntax = path.EndsWith(".json", StringComparison.Ordinal) ? PlaceFileSyntax.Json : PlaceFileSyntax.Csv;
        await PlaceFileWriter.WriteAllAsync(stream, syntax, places.ToAsyncEnumerable());
    }

    private static async Task<List<StandardPlace>> WriteAndReadAsync(IReadOnlyList<StandardPlace> places, string extension)
    {
        using var file = TempFile.Empty(extension);
        await WriteAsync(places, file.Path);
        var results = await PlaceFileReadingTests.ValidateAllAsync(file.Path);
        Assert.All(results, r => Assert.True(r.IsValid, string.Join("; ", r.Issues.Select(i => i.Message))));
        return [.. results.Select(r => r.Place!)];
    }
}

using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Places;

/// <summary>The CLI contract: exit codes, JSON report shape, import then export through a real process.</summary>
public class PlacesCommandsTests
{
    [Fact]
    public async Task Validate_AllRowsValid_ExitZero()
    {
        var result = await CliRunner.RunAsync(null, "places", "validate", TestPaths.Schema("exemple-valide-v1.0.1.csv"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 valides", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SomeRowsInvalidJson_ExitOneAndDocumentedShape()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(), StandardCsv.Row(c => { c["id"] = "lieu-2"; c["code_postal"] = "5100"; c["telephone"] = "12"; })));

        var result = await CliRunner.RunAsync(null, "places", "validate", file.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Output);
        var root = report.RootElement;
        Assert.Equal((2, 1, 1), (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        var postal = errors.Single(e => e.GetProperty("code").GetString() == "code_postal.invalid");
        Assert.Equal(2, postal.GetProperty("row").GetInt32());
        Assert.Equal("lieu-2", postal.GetProperty("id").GetString());
        Assert.Equal("code_postal", postal.GetProperty("field").GetString());
        Assert.Equal("error", postal.GetProperty("severity").GetString());
        Assert.Contains("5100", postal.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "telephone.invalid");
    }

    [Fact]
    public async Task Validate_UnreadableFile_ExitTwo()
    {
        using var file = TempFile.WithBytes([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00]);
        var result = await CliRunner.RunAsync(null, "places", "validate", file.Path, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("file.binary", JsonDocument.Parse(result.Output).RootElement.GetProperty("file_error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validate_MissingFile_ExitTwoFrenchMessage()
    {
        var result = await CliRunner.RunAsync(null, "places", "validate", "/nonexistent/lieux.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("n'existe pas", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportThenExport_SqliteFile_RoundTripThroughCli()
    {
        await using var app = new RelaisAppFactory(DatabaseProvider.Sqlite);
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a"), StandardCsv.Row(c => { c["id"] = "b"; c["nom"] = "Tiers-lieu, « Le Quai »"; })));
        using var export = TempFile.Empty(".json");

        var import = await CliRunner.RunAsync(app.Environment, "places", "import", file.Path, "--source", "Mon Hub");
        var exported = await CliRunner.RunAsync(app.Environment, "places", "export", "--format", "json", "--output", export.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("mon-hub", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, exported.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(export.Path));
        var names = json.RootElement.EnumerateArray().Select(p => p.GetProperty("nom").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Médiathèque Jean Rousselot", "Tiers-lieu, « Le Quai »"], names);
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.Equal(JsonValueKind.Number, p.GetProperty("latitude").ValueKind));
    }

    [Fact]
    public async Task Import_WithoutSource_UsageErrorExitTwo()
    {
        var result = await CliRunner.RunAsync(null, "places", "import", TestPaths.Schema("exemple-valide-v1.0.1.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source", result.Error, StringComparison.Ordinal);
    }
}

using Relais.Tests.Infrastructure;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Sources;

/// <summary>The CLI contract of <c>sources run</c> and <c>sources list</c>, through a real process.</summary>
public class SourcesCommandsTests
{
    [Fact]
    public async Task RunTwiceThenList_RealDeclaration_ReportThenUnchangedThenListed()
    {
        await using var app = new RelaisAppFactory(DatabaseProvider.Sqlite);
        using var folder = SourceFolder.Create();
        folder.AddCopyOf("etapes-numeriques", "etapes-numeriques");
        var environment = new Dictionary<string, string>(app.Environment) { ["Sources__Directory"] = folder.Path, ["Dedup__MergeAfterImport"] = "true" };

        var first = await CliRunner.RunAsync(environment, "sources", "run", "etapes-numeriques");
        var second = await CliRunner.RunAsync(environment, "sources", "run", "--all");
        var list = await CliRunner.RunAsync(environment, "sources", "list");
        var review = await CliRunner.RunAsync(environment, "review", "list");

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.Output.Contains("Inchangée", StringComparison.Ordinal), second.Output + second.Error);
        Assert.Contains("Fusions : ", first.Output, StringComparison.Ordinal);
        Assert.Contains("paires comparées", first.Output, StringComparison.Ordinal);
        Assert.True(review.ExitCode == 0, review.Output + review.Error);
        Assert.Contains("code_postal.repaired", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Inchangée", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("etapes-numeriques", list.Output, StringComparison.Ordinal);
        Assert.Contains("inchangée", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutName_UsageErrorExitTwo()
    {
        var result = await CliRunner.RunAsync(null, "sources", "run");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--all", result.Error, StringComparison.Ordinal);
    }
}

using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Sources;

/// <summary>Declared sources end to end, on SQLite and on a real PostgreSQL server.</summary>
public abstract class RunSourceTests(AppFixture fixture) : IDisposable
{
    private const string Header = "ref,nom,adresse,ville,cp,tel,maj";
    private readonly SourceFolder _folder = SourceFolder.Create();
    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..12];

    [Theory]
    [InlineData("hinaura", 687, 687)]
    [InlineData("mednum-bfc", 697, 680)] // 17 rows without an address (required)
    [InlineData("etapes-numeriques", 95, 95)]
    [InlineData("nouvelle-caledonie", 92, 92)]
    public async Task Run_RealDeclaration_EveryRowImported(string real, int rows, int imported)
    {
        var name = _folder.AddCopyOf(real, $"{_prefix}-{real}");

        var result = await RunAsync(name);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal((rows, imported, imported), (result.Import!.Rows, result.Import.Imported, result.Import.Added));
        Assert.Equal(imported, await CountAsync(name));
    }

    [Fact]
    public async Task Run_EtapesNumeriques_CodesRepairedAndCleanupStored()
    {
        var name = _folder.AddCopyOf("etapes-numeriques", $"{_prefix}-poste");
        await RunAsync(name);

        await using var scope = fixture.App.Scope();
        var bourg = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().SingleAsync(p => p.SourceName == name && p.SourceRecordId == "1");
        Assert.Equal(("01000", "01053", "01"), (bourg.PostalCode, bourg.InseeCode, bourg.DepartmentCode));
        Assert.Contains("code_postal.repaired", bourg.CleanupChanges, StringComparison.Ordinal);
        Assert.Equal(Web.Standard.TrainingLabel.EtapesNumeriques, bourg.TrainingLabels);
    }

    [Fact]
    public async Task Run_SameSourceTwice_SecondUnchangedNothingDone()
    {
        var name = _folder.AddCopyOf("mednum-bfc", $"{_prefix}-bfc");
        await RunAsync(name);
        var before = await SnapshotAsync(name);

        var second = await RunAsync(name);

        Assert.Equal(SourceRunStatus.Unchanged, second.Status);
        Assert.Null(second.Import);
        Assert.Equal(before, await SnapshotAsync(name));
        Assert.Equal([ImportRun.Succeeded, ImportRun.Unchanged], await StatusesAsync(name));
    }

    [Fact]
    public async Task Run_SourceChanged_OnlyChangedRowsWritten()
    {
        var name = CsvSource($"{_prefix}-csv", "a", "b", "c", "d", "e");
        var first = await RunAsync(name);
        var before = await SnapshotAsync(name);
        _folder.AddFile($"{name}.csv", Csv(("a", "Lieu a"), ("b", "Nouveau nom"), ("c", "Lieu c"), ("d", "Lieu d"), ("f", "Lieu f")));

        var second = await RunAsync(name);

        var import = second.Import!;
        Assert.Equal((1, 1, 3, 1), (import.Added, import.Updated, import.Unchanged, import.Removed));
        var after = await SnapshotAsync(name);
        Assert.Equal(["a", "b", "c", "d", "f"], after.Keys.Order(StringComparer.Ordinal));
        Assert.All(["a", "c", "d"], id => Assert.Equal(before[id], after[id]));
        Assert.Equal((second.Import!.RunId, "Nouveau nom"), (after["b"].RunId, after["b"].Name));
        Assert.Equal(first.Import!.RunId, after["a"].RunId);
        Assert.Equal(new[] { Place.IdFor(name, "b"), Place.IdFor(name, "f") }.Order(StringComparer.Ordinal), import.Changes!.ChangedPlaceIds.Order(StringComparer.Ordinal));
        Assert.Equal([Place.IdFor(name, "e")], import.Changes.RemovedPlaceIds);
    }

    [Fact]
    public async Task Run_FileBrokenLate_DirectoryUnchangedFailureRecorded()
    {
        var name = JsonSource($"{_prefix}-json", Enumerable.Range(0, 3).Select(JsonRecord));
        await RunAsync(name);
        var before = await SnapshotAsync(name);

        // 2,500 records (more than one batch of writes) then a truncated object.
        var broken = new StringBuilder("[").AppendJoin(",", Enumerable.Range(0, 2_500).Select(JsonRecord)).Append(", {\"ref\": \"x\", \"nom\": ").ToString();
        _folder.AddFile($"{name}.json.data", broken);
        var failed = await RunAsync(name);

        Assert.Equal((SourceRunStatus.Failed, "file.malformed", 2), (failed.Status, failed.ErrorCode, failed.ExitCode));
        Assert.Equal(before, await SnapshotAsync(name));
        Assert.Equal([ImportRun.Succeeded, ImportRun.Failed], await StatusesAsync(name));

        // The failed run is not a reference: the first file again is recognised as already imported.
        _folder.AddFile($"{name}.json.data", "[" + string.Join(",", Enumerable.Range(0, 3).Select(JsonRecord)) + "]");
        Assert.Equal(SourceRunStatus.Unchanged, (await RunAsync(name)).Status);
    }

    [Fact]
    public async Task Run_AfterImportStepThrows_DirectoryUnchanged()
    {
        var name = CsvSource($"{_prefix}-fault", "a", "b");
        await RunAsync(name);
        var before = await SnapshotAsync(name);
        _folder.AddFile($"{name}.csv", Csv(("a", "Changé"), ("c", "Nouveau")));
        using var faulty = fixture.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IAfterImportStep, FailingStep>()));

        var result = await RunAsync(name, faulty.Services);

        Assert.Equal((SourceRunStatus.Failed, "source.run_failed"), (result.Status, result.ErrorCode));
        Assert.Equal(before, await SnapshotAsync(name));
    }

    [Fact]
    public async Task Run_UnknownSource_FailedWithCode()
    {
        var result = await RunAsync($"{_prefix}-absent");
        Assert.Equal((SourceRunStatus.Failed, "source.not_found", 2), (result.Status, result.ErrorCode, result.ExitCode));
    }

    [Fact]
    public async Task List_DeclaredSources_LastRunOfEach()
    {
        var ran = _folder.AddCopyOf("etapes-numeriques", $"{_prefix}-ran");
        var never = _folder.AddCopyOf("nouvelle-caledonie", $"{_prefix}-never");
        _folder.AddDeclaration($"{_prefix}-bad", "{ \"name\": \"autre\" }");
        await RunAsync(ran);

        await using var scope = fixture.App.Scope();
        var result = await new ListSourcesHandler(fixture.App.Get<AppDbContext>(scope), _folder.Catalog).HandleAsync(new ListSourcesQuery());

        var byName = result.Sources.ToDictionary(s => s.Name);
        Assert.Equal((ImportRun.Succeeded, 95), (byName[ran].LastRun!.Status, byName[ran].LastRun!.Imported));
        Assert.Null(byName[never].LastRun);
        Assert.Contains("invalide", byName[$"{_prefix}-bad"].Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<RunSourceResult> RunAsync(string name, IServiceProvider? services = null)
    {
        await using var scope = (services ?? fixture.App.Services).CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var handler = new RunSourceHandler(
            provider.GetRequiredService<AppDbContext>(), _folder.Catalog, provider.GetRequiredService<SourceFetcher>(), provider.GetRequiredService<ImportPlacesHandler>(), TimeProvider.System);
        return await handler.HandleAsync(new RunSourceCommand(name));
    }

    private string CsvSource(string name, params string[] ids)
    {
        _folder.AddFile($"{name}.csv", Csv([.. ids.Select(id => (id, $"Lieu {id}"))]));
        return _folder.AddDeclaration(name, $$"""
            {
              "name": "{{name}}", "label": "Test", "location": "{{name}}.csv", "format": "csv", "trust_rank": 1,
              "fields": {
                "id": { "column": "ref" }, "pivot": { "value": "00000000000000" }, "nom": { "column": "nom" },
                "adresse": { "column": "adresse" }, "commune": { "column": "ville" }, "code_postal": { "column": "cp" },
                "telephone": { "column": "tel" }, "date_maj": { "column": "maj" }
              }
            }
            """);
    }

    private string JsonSource(string name, IEnumerable<string> records)
    {
        _folder.AddFile($"{name}.json.data", "[" + string.Join(",", records) + "]");
        return _folder.AddDeclaration(name, $$"""
            {
              "name": "{{name}}", "label": "Test", "location": "{{name}}.json.data", "format": "json", "trust_rank": 1,
              "fields": {
                "id": { "column": "ref" }, "pivot": { "value": "00000000000000" }, "nom": { "column": "nom" },
                "adresse": { "column": "adresse" }, "commune": { "column": "ville" }, "code_postal": { "column": "cp" }
              }
            }
            """);
    }

    private static string Csv(params (string Id, string Name)[] rows) =>
        Header + "\n" + string.Join("\n", rows.Select(r => $"{r.Id},{r.Name},1 rue de la Liberté,DIJON,21000,03 80 00 00 00,02/03/2021"));

    private static string JsonRecord(int i) => $$"""{"ref": "r{{i}}", "nom": "Lieu {{i}}", "adresse": "1 rue X", "ville": "Dijon", "cp": 21000}""";

    private async Task<int> CountAsync(string name)
    {
        await using var scope = fixture.App.Scope();
        return await fixture.App.Get<AppDbContext>(scope).Places().CountAsync(p => p.SourceName == name);
    }

    private async Task<Dictionary<string, PlaceState>> SnapshotAsync(string name)
    {
        await using var scope = fixture.App.Scope();
        var places = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().Where(p => p.SourceName == name).ToListAsync();
        return places.ToDictionary(p => p.SourceRecordId, p => new PlaceState(p.Name, p.Phone, p.LastImportRunId, p.SourceFingerprint, p.ImportedAt.ToUnixTimeMilliseconds()));
    }

    private async Task<List<string>> StatusesAsync(string name)
    {
        await using var scope = fixture.App.Scope();
        var runs = await fixture.App.Get<AppDbContext>(scope).Set<ImportRun>().AsNoTracking().Where(r => r.SourceName == name).ToListAsync();
        return [.. runs.OrderBy(r => r.StartedAt).Select(r => r.Status)];
    }

    private sealed record PlaceState(string Name, string? Phone, string RunId, string? Fingerprint, long ImportedAt);

    private sealed class FailingStep : IAfterImportStep
    {
        public string Label => "Panne";

        public Task<string> RunAsync(ImportedPlaces imported, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("panne injectée après l'écriture des lieux");
    }
}

public sealed class RunSourceSqliteTests(SqliteAppFixture fixture) : RunSourceTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RunSourcePostgresTests(PostgresAppFixture fixture) : RunSourceTests(fixture), IClassFixture<PostgresAppFixture>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Dedup;

/// <summary>The sources of one run as one batch (ADR 0018): imports in savepoints, one merge at the end.</summary>
public abstract partial class MergeOnImportTests
{
    [Fact]
    public async Task Batch_TwoOverlappingSources_MergedOnceAtTheEnd()
    {
        var town = Towns[9];
        var result = await RunBatchAsync(null, Source(A, 1, Library(town, "a1"), Services(town, "a2")), Source(B, 2, LibraryAgain(town, "b1", "contact@mediatheque.example")));

        Assert.Equal([SourceRunStatus.Succeeded, SourceRunStatus.Succeeded], result.Sources.Select(s => s.Status));
        Assert.All(result.Sources, s => Assert.Empty(s.Import!.AfterImport)); // no merge per source…
        var (label, summary) = Assert.Single(result.AfterImport); // …one for the batch
        Assert.Equal("Fusions", label);
        Assert.StartsWith("1 lieux fusionnés (2 fiches sources regroupées)", summary, StringComparison.Ordinal);
        var places = await PlacesAsync();
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        Assert.Equal((groupId, groupId, null), (places[$"{A}:a1"].MergedIntoId, places[$"{B}:b1"].MergedIntoId, places[$"{A}:a2"].MergedIntoId));
        await using var scope = _fixture.App.Scope();
        var db = _fixture.App.Get<AppDbContext>(scope);
        var merged = await db.Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
        Assert.Equal(("Médiathèque Jean Macé", "contact@mediatheque.example", result.Sources[1].Import!.RunId), (merged.Name, merged.Emails, merged.LastImportRunId));
        Assert.Equal([(A, ImportRun.Succeeded), (B, ImportRun.Succeeded)], await RunsAsync());
    }

    [Fact]
    public async Task Batch_SourceBrokenAfterItsFirstRowsWereWritten_OnlyThatSourceRolledBack()
    {
        var town = Towns[10];
        // 2,500 records (more than one batch of writes) then a truncated object.
        var broken = $"{_prefix}-c";
        var records = Enumerable.Range(0, 2_500).Select(i => $$"""{"ref": "c{{i}}", "nom": "Lieu {{i}}", "adresse": "{{i}} rue Neuve", "ville": "{{town.Name}}", "cp": "{{town.PostalCode}}"}""");
        _folder.AddFile($"{broken}.json.data", "[" + string.Join(",", records) + ", {\"ref\": \"x\", \"nom\": ");
        _folder.AddDeclaration(broken, $$"""
            {
              "name": "{{broken}}", "label": "Test", "location": "{{broken}}.json.data", "format": "json", "trust_rank": 3,
              "fields": {
                "id": { "column": "ref" }, "pivot": { "value": "00000000000000" }, "nom": { "column": "nom" },
                "adresse": { "column": "adresse" }, "commune": { "column": "ville" }, "code_postal": { "column": "cp" }
              }
            }
            """);

        var result = await RunBatchAsync(null, Source(A, 1, Library(town, "a1")), broken, Source(B, 2, LibraryAgain(town, "b1", "a@b.example")));

        Assert.Equal([SourceRunStatus.Succeeded, SourceRunStatus.Failed, SourceRunStatus.Succeeded], result.Sources.Select(s => s.Status));
        Assert.True(result.Sources[1].ErrorCode == "file.malformed", result.Sources[1].Error);
        await using (var scope = _fixture.App.Scope())
        {
            Assert.False(await _fixture.App.Get<AppDbContext>(scope).Places().AnyAsync(p => p.SourceName == broken));
        }

        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        var places = await PlacesAsync();
        Assert.Equal((groupId, groupId), (places[$"{A}:a1"].MergedIntoId, places[$"{B}:b1"].MergedIntoId));
        Assert.Contains((broken, ImportRun.Failed), await RunsAsync());
    }

    [Fact]
    public async Task Batch_FaultInTheFinalMerge_NothingKeptEverySourceRecordedFailed()
    {
        var town = Towns[11];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        var before = await StateAsync();
        File.AppendAllText(Path.Combine(_folder.Path, $"{A}.csv"), "\n" + Services(town, "a2"));
        using var faulty = _fixture.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IAfterImportStep, FailingStep>()));

        var result = await RunBatchAsync(faulty.Services, A, Source(B, 2, LibraryAgain(town, "b1", "a@b.example")));

        Assert.All(result.Sources, s => Assert.Equal((SourceRunStatus.Failed, "source.batch_failed"), (s.Status, s.ErrorCode)));
        Assert.Contains("panne injectée", result.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, await StateAsync());
        Assert.DoesNotContain($"{A}:a2", (await PlacesAsync()).Keys);
        Assert.Equal([(A, ImportRun.Succeeded), (A, ImportRun.Failed), (B, ImportRun.Failed)], await RunsAsync());
    }

    /// <summary>Runs the sources as one batch (<c>sources run --all</c>): imports in savepoints, one merge at the end.</summary>
    private async Task<RunSourceBatchResult> RunBatchAsync(IServiceProvider? services, params string[] names)
    {
        await using var scope = (services ?? _fixture.App.Services).CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var runSource = new RunSourceHandler(db, _folder.Catalog, provider.GetRequiredService<SourceFetcher>(), provider.GetRequiredService<ImportPlacesHandler>(), TimeProvider.System);
        var handler = new RunSourceBatchHandler(db, provider.GetRequiredService<ImportBatch>(), runSource, _folder.Catalog, TimeProvider.System);
        return await handler.HandleAsync(new RunSourceBatchCommand(names));
    }

    /// <summary>This test's import runs, oldest first: source and status.</summary>
    private async Task<List<(string Source, string Status)>> RunsAsync()
    {
        await using var scope = _fixture.App.Scope();
        var runs = await _fixture.App.Get<AppDbContext>(scope).Set<ImportRun>().AsNoTracking().Where(r => r.SourceName.StartsWith(_prefix)).ToListAsync();
        return [.. runs.OrderBy(r => r.StartedAt).ThenBy(r => r.SourceName, StringComparer.Ordinal).Select(r => (r.SourceName, r.Status))];
    }
}

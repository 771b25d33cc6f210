using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Places;

/// <summary>The same import scenarios on SQLite and on a real PostgreSQL server.</summary>
public abstract class ImportPlacesTests(AppFixture fixture)
{
    private readonly string _source = $"test-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Import_ValidAndInvalidRows_ValidWrittenInvalidReported()
    {
        using var file = TempFile.WithText(StandardCsv.File(
            StandardCsv.Row(c => c["id"] = "a"),
            StandardCsv.Row(c => { c["id"] = "b"; c["services"] = "Cours de cuisine"; }),
            StandardCsv.Row(c => c["id"] = "c")));

        var result = await ImportAsync(file.Path);

        Assert.Equal((3, 2, 1), (result.Rows, result.Imported, result.Rejected));
        Assert.Contains(result.Issues, i => i.Row == 2 && i.Id == "b" && i.Issue.Code == "services.invalid");
        Assert.Equal(["a", "c"], await SourceIdsAsync());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Import_SameFileTwice_NothingDuplicatedIdsStable()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a"), StandardCsv.Row(c => c["id"] = "b")));
        await ImportAsync(file.Path);
        var firstIds = await PlaceIdsAsync();

        var second = await ImportAsync(file.Path);

        Assert.Equal(0, second.Removed);
        Assert.Equal(firstIds, await PlaceIdsAsync());
    }

    [Fact]
    public async Task Import_SourceChanged_UpdatesAddsAndRemoves()
    {
        using var first = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a"), StandardCsv.Row(c => c["id"] = "b")));
        using var second = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => { c["id"] = "a"; c["nom"] = "Nouveau nom"; }), StandardCsv.Row(c => c["id"] = "c")));
        await ImportAsync(first.Path);

        var result = await ImportAsync(second.Path);

        Assert.Equal(1, result.Removed);
        Assert.Equal(["a", "c"], await SourceIdsAsync());
        await using var scope = fixture.App.Scope();
        var a = await fixture.App.Get<AppDbContext>(scope).Places().SingleAsync(p => p.SourceName == _source && p.SourceRecordId == "a");
        Assert.Equal("Nouveau nom", a.Name);
    }

    [Fact]
    public async Task Import_RowNowInvalid_PreviousVersionKept()
    {
        using var first = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a")));
        // An unknown service is an error the clean-up cannot repair (an unreadable date no longer is: it becomes the import date).
        using var second = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => { c["id"] = "a"; c["nom"] = "Cassé"; c["services"] = "Cours de cuisine"; })));
        await ImportAsync(first.Path);

        var result = await ImportAsync(second.Path);

        Assert.Equal((1, 0), (result.Rejected, result.Removed));
        await using var scope = fixture.App.Scope();
        var a = await fixture.App.Get<AppDbContext>(scope).Places().SingleAsync(p => p.SourceName == _source);
        Assert.Equal("Médiathèque Jean Rousselot", a.Name);
    }

    [Fact]
    public async Task Import_FileBrokenHalfway_DatabaseUnchanged()
    {
        using var good = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a")));
        await ImportAsync(good.Path);
        var rows = Enumerable.Range(0, 5000).Select(i => StandardCsv.Row(c => c["id"] = $"n{i}")).ToArray();
        using var broken = TempFile.WithText(StandardCsv.File(rows) + "\"x,\"unterminated\r\n" + new string('z', 17 * 1024 * 1024));

        var result = await ImportAsync(broken.Path);

        Assert.Equal("file.malformed", result.Unreadable?.Code);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["a"], await SourceIdsAsync());
    }

    [Fact]
    public async Task Import_HeaderOnlyFile_KeepsThePlacesWithWarning()
    {
        using var full = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a")));
        using var empty = TempFile.WithText(StandardCsv.File());
        await ImportAsync(full.Path);

        var result = await ImportAsync(empty.Path);

        Assert.Equal((0, 0), (result.Rows, result.Removed));
        Assert.Contains(result.Issues, i => i.Issue.Code == "file.no_rows");
        Assert.Equal(["a"], await SourceIdsAsync());
    }

    [Fact]
    public async Task Import_ManyBatches_EveryRowWrittenOnce()
    {
        var rows = Enumerable.Range(0, 4_500).Select(i => StandardCsv.Row(c => c["id"] = $"m{i}")).ToArray();
        using var file = TempFile.WithText(StandardCsv.File(rows));

        var result = await ImportAsync(file.Path);

        Assert.Equal(4_500, result.Imported);
        Assert.Equal(4_500, (await SourceIdsAsync()).Count);
        Assert.True(result.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task Import_BinaryFile_NothingWritten()
    {
        using var file = TempFile.WithBytes([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);

        var result = await ImportAsync(file.Path);

        Assert.Equal("file.binary", result.Unreadable?.Code);
        Assert.Empty(await SourceIdsAsync());
    }

    [Fact]
    public async Task Import_ValidRow_StoresQueryableFieldsAndWarnings()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => { c["id"] = "a"; c["date_maj"] = "2020-01-01"; c["telephone"] = "03 26 00 00 00"; })));
        await ImportAsync(file.Path);

        await using var scope = fixture.App.Scope();
        var place = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking()
            .Where(p => p.SourceName == _source && (p.Services & Web.Standard.ServiceKind.AdministrativeProcedures) != 0 && p.DepartmentCode == "51")
            .SingleAsync();
        Assert.Equal(("51", "44", "+33326000000"), (place.DepartmentCode, place.RegionCode, place.Phone));
        Assert.Equal(1, place.WarningCount);
        Assert.Contains("date_maj.stale", place.QualityIssues, StringComparison.Ordinal);
        Assert.True(place.HasInterpretableHours);
        Assert.Equal(Place.IdFor(_source, "a"), place.Id);
    }

    [Fact]
    public async Task Import_RowWithSourceQuirks_CleanedUpAndChangesStored()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c =>
        {
            c["id"] = "a";
            c["commune"] = "REIMS";
            c["code_insee"] = string.Empty;
            c["date_maj"] = "01/10/2026";
            c["site_web"] = "www.example.fr ; https://example.org/lieu";
            c["latitude"] = "0";
            c["longitude"] = "0";
        })));

        var result = await ImportAsync(file.Path);

        Assert.Equal(1, result.Imported);
        await using var scope = fixture.App.Scope();
        var place = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().SingleAsync(p => p.SourceName == _source);
        Assert.Equal(("Reims", "51454", new DateOnly(2026, 10, 1)), (place.Commune, place.InseeCode, place.UpdatedOn));
        Assert.Equal("https://www.example.fr|https://example.org/lieu", place.Websites);
        Assert.True(place.LocationApproximate);
        Assert.NotNull(place.Latitude);
        Assert.Contains("\"rule\":\"date_maj.reformatted\"", place.CleanupChanges, StringComparison.Ordinal);
        Assert.Contains("\"before\":\"01/10/2026\"", place.CleanupChanges, StringComparison.Ordinal);
        Assert.True(result.Tally.Cleanup["coordinates.commune_centre"] == 2);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondSkipsEveryRow()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a"), StandardCsv.Row(c => c["id"] = "b")));
        var first = await ImportAsync(file.Path);

        var second = await ImportAsync(file.Path);

        Assert.Equal((2, 0, 0, 2), (first.Added, second.Added, second.Updated, second.Unchanged));
        await using var scope = fixture.App.Scope();
        var runs = await fixture.App.Get<AppDbContext>(scope).Places().Where(p => p.SourceName == _source).Select(p => p.LastImportRunId).Distinct().ToListAsync();
        Assert.Equal([first.RunId!], runs);
    }

    [Fact]
    public async Task Import_NewAndUpdatedRows_AddedHoldsNewPlacesExactlyAsStored()
    {
        using var first = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a")));
        using var second = TempFile.WithText(StandardCsv.File(
            StandardCsv.Row(c => { c["id"] = "a"; c["nom"] = "Nouveau nom"; }),
            StandardCsv.Row(c => { c["id"] = "b"; c["telephone"] = "03 80 00 00 01"; c["latitude"] = "0"; })));
        await ImportAsync(first.Path);

        var result = await ImportAsync(second.Path);

        // The merge uses these instead of reading them back (ADR 0018): every column must be what the row holds.
        var added = Assert.Single(result.Changes!.Added);
        Assert.Equal("b", added.SourceRecordId);
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        var stored = await db.Places().AsNoTracking().SingleAsync(p => p.Id == added.Id);
        Assert.NotNull(stored.CleanupChanges);
        foreach (var property in db.Model.FindEntityType(typeof(Place))!.GetProperties())
        {
            var getter = property.GetGetter();
            Assert.True(Equals(Comparable(getter.GetClrValue(added)), Comparable(getter.GetClrValue(stored))), $"{property.Name} differs");
        }
    }

    [Fact]
    public async Task Import_HinauraRealData_AllValidRowsStored()
    {
        var result = await ImportAsync(TestPaths.Hinaura);

        Assert.Equal(687, result.Rows);
        Assert.Equal(result.Imported, (await SourceIdsAsync()).Count);
        Assert.True(result.Imported >= 667);
    }

    [Fact]
    public async Task Export_StrictImportedPlaces_ValidAgainstSchemaAndReimportable()
    {
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["id"] = "a"), StandardCsv.Row(c => { c["id"] = "b"; c["services"] = string.Empty; })));
        await ImportAsync(file.Path);
        using var export = TempFile.Empty(".csv");
        await using (var scope = fixture.App.Scope())
        await using (var output = File.Create(export.Path))
        {
            Assert.Equal(2, await fixture.App.Get<ExportPlacesHandler>(scope).HandleAsync(new ExportPlacesQuery(Web.Standard.Reading.PlaceFileSyntax.Csv, _source, Strict: true), output));
        }

        Assert.Empty(TableSchemaChecker.Check("standard-mediation-num-schema-v1.0.1.json", export.Path));
        var reread = await Standard.PlaceFileReadingTests.ValidateAllAsync(export.Path);
        Assert.All(reread, r => Assert.True(r.IsValid));
    }

    [Fact]
    public async Task Database_Model_HasNoPendingChanges()
    {
        await using var scope = fixture.App.Scope();
        Assert.False(fixture.App.Get<AppDbContext>(scope).Database.HasPendingModelChanges(), "the model changed without a migration: run scripts/add-migration.sh NAME");
    }

    private async Task<ImportPlacesResult> ImportAsync(string path)
    {
        await using var scope = fixture.App.Scope();
        return await fixture.App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(path, _source));
    }

    /// <summary>PostgreSQL keeps instants to the microsecond; the ranking of records never compares closer instants.</summary>
    private static object? Comparable(object? value) => value is DateTimeOffset instant ? instant.UtcTicks / 10 : value;

    private async Task<List<string>> SourceIdsAsync()
    {
        await using var scope = fixture.App.Scope();
        return await fixture.App.Get<AppDbContext>(scope).Places().Where(p => p.SourceName == _source).Select(p => p.SourceRecordId).OrderBy(i => i).ToListAsync();
    }

    private async Task<List<string>> PlaceIdsAsync()
    {
        await using var scope = fixture.App.Scope();
        return await fixture.App.Get<AppDbContext>(scope).Places().Where(p => p.SourceName == _source).Select(p => p.Id).OrderBy(i => i).ToListAsync();
    }
}

public sealed class ImportPlacesSqliteTests(SqliteAppFixture fixture) : ImportPlacesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ImportPlacesPostgresTests(PostgresAppFixture fixture) : ImportPlacesTests(fixture), IClassFixture<PostgresAppFixture>;

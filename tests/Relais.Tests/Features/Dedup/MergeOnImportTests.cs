using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Features.Sources;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;
using Relais.Web.Standard.Reading;

namespace Relais.Tests.Features.Dedup;

/// <summary>
/// Merging after imports, end to end on SQLite and PostgreSQL: two overlapping declared sources, "a" (trust 1)
/// and "b" (trust 2). Each test works in a commune of its own, so that the records of one test never meet
/// those of another in the shared database.
/// </summary>
public abstract class MergeOnImportTests(MergeAppFixture fixture)
{
    private const string Header = "ref,nom,adresse,ville,cp,tel,mail,lat,lon,maj";
    private readonly SourceFolder _folder = fixture.Folder;
    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..12];

    private string A => $"{_prefix}-a";

    private string B => $"{_prefix}-b";

    [Fact]
    public async Task Import_TwoOverlappingSources_SureMatchMergedWithProvenance()
    {
        var town = Towns[0];
        await RunAsync(Source(A, 1, Library(town, "a1"), Services(town, "a2")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "contact@mediatheque.example")));

        var places = await PlacesAsync();
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        Assert.Equal((groupId, groupId), (places[$"{A}:a1"].MergedIntoId, places[$"{B}:b1"].MergedIntoId));
        Assert.Null(places[$"{A}:a2"].MergedIntoId); // France Services in the same building stays apart

        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        var merged = await db.Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
        Assert.True(merged.IsMerged);
        Assert.Null(merged.MergedIntoId);
        Assert.Equal(("Médiathèque Jean Macé", "contact@mediatheque.example", new DateOnly(2025, 6, 1)), (merged.Name, merged.Emails, merged.UpdatedOn));
        var provenance = MergedFields.Deserialize(await db.Set<PlaceGroup>().Where(g => g.Id == groupId).Select(g => g.Provenance).SingleAsync());
        Assert.Equal(new FieldProvenance($"{A}:a1", ProvenanceReason.MostTrusted), provenance["nom"]);
        Assert.Equal(new FieldProvenance($"{A}:a1", ProvenanceReason.MostTrusted), provenance["telephone"]);
        Assert.Equal(new FieldProvenance($"{B}:b1", ProvenanceReason.OnlySource), provenance["courriels"]);
        Assert.Equal(new FieldProvenance($"{B}:b1", ProvenanceReason.MostRecent), provenance["date_maj"]);
        Assert.Equal([$"{A}:a1", $"{B}:b1"], await ContributingRecords.OfAsync(db, groupId, CancellationToken.None));
    }

    [Fact]
    public async Task Import_BorderlinePair_QueuedNotMerged()
    {
        var town = Towns[1];
        await RunAsync(Source(A, 1, NoPoint(town, "a3")));
        await RunAsync(Source(B, 2, NoPoint(town, "b3")));

        var review = await ReviewAsync($"{A}:a3", $"{B}:b3");
        Assert.Equal((MatchReview.Pending, "no precise point"), (review.Status, review.Reason));
        Assert.True(review.Score >= PlaceMatcher.ReviewAt);
        var places = await PlacesAsync();
        Assert.All(places.Values, p => Assert.Null(p.MergedIntoId));

        await using var scope = fixture.App.Scope();
        var listed = await fixture.App.Get<ListReviewsHandler>(scope).HandleAsync(new ListReviewsQuery());
        var item = Assert.Single(listed, i => i.Id == review.Id);
        Assert.Equal(("Atelier numérique des Grésilles", town.Name), (item.A.Name, item.A.Commune!.ToUpperInvariant()));
    }

    [Fact]
    public async Task Review_Rejected_NeverMergedOnLaterRuns()
    {
        var town = Towns[2];
        await RunAsync(Source(A, 1, NoPoint(town, "a3")));
        await RunAsync(Source(B, 2, NoPoint(town, "b3")));
        var review = await ReviewAsync($"{A}:a3", $"{B}:b3");

        Assert.Null(await DecideAsync(review.Id, confirm: false));
        Assert.Equal("review.already_decided", (await DecideAsync(review.Id, confirm: true))!.Code);
        await RunAsync(Source(B, 2, NoPoint(town, "b3", phone: "03 80 99 99 99")));

        Assert.Equal(MatchReview.Rejected, (await ReviewAsync($"{A}:a3", $"{B}:b3")).Status);
        Assert.All((await PlacesAsync()).Values, p => Assert.Null(p.MergedIntoId));
    }

    [Fact]
    public async Task Review_Confirmed_MergedAndStaysMergedOnLaterRuns()
    {
        var town = Towns[3];
        await RunAsync(Source(A, 1, NoPoint(town, "a3")));
        await RunAsync(Source(B, 2, NoPoint(town, "b3")));
        var review = await ReviewAsync($"{A}:a3", $"{B}:b3");

        Assert.Null(await DecideAsync(review.Id, confirm: true));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a3");
        Assert.Equal(groupId, (await PlacesAsync())[$"{B}:b3"].MergedIntoId);

        await RunAsync(Source(B, 2, NoPoint(town, "b3", phone: "03 80 99 99 99")));

        var places = await PlacesAsync();
        Assert.Equal((groupId, groupId), (places[$"{A}:a3"].MergedIntoId, places[$"{B}:b3"].MergedIntoId));
        await using var scope = fixture.App.Scope();
        var group = await fixture.App.Get<AppDbContext>(scope).Set<PlaceGroup>().AsNoTracking().SingleAsync(g => g.Id == groupId);
        Assert.Equal(PlaceGroup.Confirmed, group.Decision);
    }

    [Fact]
    public async Task Unmerge_MergedPlace_RecordsShownAndNotMergedAgain()
    {
        var town = Towns[4];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "a@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");

        await using (var scope = fixture.App.Scope())
        {
            var (result, error) = await fixture.App.Get<UnmergePlaceHandler>(scope).HandleAsync(new UnmergePlaceCommand(groupId));
            Assert.Null(error);
            Assert.Equal(2, result!.ShownAgain.Count);
        }

        await AssertShownApartAsync(groupId);
        Assert.Equal(MatchReview.Rejected, (await ReviewAsync($"{A}:a1", $"{B}:b1")).Status);

        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "autre@b.example")));
        await AssertShownApartAsync(groupId);

        await using var last = fixture.App.Scope();
        var (_, missing) = await fixture.App.Get<UnmergePlaceHandler>(last).HandleAsync(new UnmergePlaceCommand(groupId));
        Assert.Equal("place.not_found", missing!.Code);
    }

    [Fact]
    public async Task Rerun_UnchangedSourceNothingChanges_ChangedRecordRemergesWithSameGroup()
    {
        var town = Towns[5];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        var b = Source(B, 2, LibraryAgain(town, "b1", "premier@b.example"));
        await RunAsync(b);
        var before = await StateAsync();

        var forced = await RunAsync(b, force: true);
        Assert.Equal(0, forced.Import!.Added + forced.Import.Updated);
        Assert.Equal(before, await StateAsync());

        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "nouveau@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        var places = await PlacesAsync();
        Assert.Equal((groupId, groupId), (places[$"{A}:a1"].MergedIntoId, places[$"{B}:b1"].MergedIntoId));
        await using var scope = fixture.App.Scope();
        var merged = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
        Assert.Equal("nouveau@b.example", merged.Emails);
    }

    [Fact]
    public async Task Remerge_FieldEditedByHand_EditKeptAndChangesInHistory()
    {
        var town = Towns[8];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "premier@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        await using (var scope = fixture.App.Scope())
        {
            var db = fixture.App.Get<AppDbContext>(scope);
            var merged = await db.Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
            db.Add(PlaceFieldOverride.Create(groupId, StandardColumns.Telephone, "+33380000099", merged.Phone, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "second@b.example")));

        await using var check = fixture.App.Scope();
        var checkDb = fixture.App.Get<AppDbContext>(check);
        var remerged = await checkDb.Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
        Assert.Equal(("+33380000099", "second@b.example"), (remerged.Phone, remerged.Emails));
        var history = await checkDb.Set<PlaceChange>().AsNoTracking().Where(c => c.PlaceId == groupId && c.Channel == ChangeChannel.Merge).ToListAsync();
        Assert.Contains(history, c => c.Field == MergedPlaceEdits.CreatedField);
        Assert.Contains(history, c => c.Field == StandardColumns.Courriels && c.Before == "premier@b.example" && c.After == "second@b.example");
        Assert.Contains(history, c => c.Field == StandardColumns.Telephone && c.After == "+33380000099");
    }

    [Fact]
    public async Task Import_FaultAfterMerge_DirectoryUnchanged()
    {
        var town = Towns[6];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        var before = await StateAsync();
        using var faulty = fixture.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IAfterImportStep, FailingStep>()));

        var result = await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "a@b.example"), NoPoint(town, "b3")), services: faulty.Services);

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Equal(before, await StateAsync());
        Assert.DoesNotContain($"{B}:b1", (await PlacesAsync()).Keys);
    }

    [Fact]
    public async Task Search_MergedRecords_OnlyMergedPlaceListedExportedAndLinked()
    {
        var town = Towns[7];
        await RunAsync(Source(A, 1, Library(town, "a1"), Services(town, "a2")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "a@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        var (a1, a2, b1) = (Place.IdFor(A, "a1"), Place.IdFor(A, "a2"), Place.IdFor(B, "b1"));
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var search = await client.GetStringAsync(new Uri($"/api/v1/places?commune={town.Insee}&page_size=100", UriKind.Relative));
        Assert.Contains(groupId, search, StringComparison.Ordinal);
        Assert.Contains(a2, search, StringComparison.Ordinal);
        Assert.DoesNotContain(a1, search, StringComparison.Ordinal);
        Assert.DoesNotContain(b1, search, StringComparison.Ordinal);
        var byName = await client.GetStringAsync(new Uri("/api/v1/places?q=Jean%20Mac%C3%A9&page_size=100", UriKind.Relative));
        Assert.Contains(groupId, byName, StringComparison.Ordinal);
        Assert.DoesNotContain(a1, byName, StringComparison.Ordinal);

        var api = await client.GetAsync(new Uri($"/api/v1/places/{a1}", UriKind.Relative));
        Assert.Equal((HttpStatusCode.MovedPermanently, $"/api/v1/places/{groupId}"), (api.StatusCode, PathOf(api)));
        var page = await client.GetAsync(new Uri($"/lieux/{b1}", UriKind.Relative));
        Assert.Equal((HttpStatusCode.MovedPermanently, $"/lieux/{groupId}"), (page.StatusCode, PathOf(page)));
        var fiche = await client.GetStringAsync(new Uri($"/lieux/{groupId}", UriKind.Relative));
        Assert.Contains($"{B}:b1", fiche, StringComparison.Ordinal);
        Assert.Contains("source la plus fiable", fiche, StringComparison.Ordinal);

        var csv = await client.GetStringAsync(new Uri($"/api/v1/places/export.csv?commune={town.Insee}", UriKind.Relative));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",sources", lines[0], StringComparison.Ordinal);
        Assert.Equal(33, lines[0].Split(',').Length);
        Assert.Contains(lines, l => l.StartsWith(groupId, StringComparison.Ordinal) && l.EndsWith($",{A}:a1|{B}:b1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(a2, StringComparison.Ordinal) && l.EndsWith($",{A}:a2", StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);
        var strict = await client.GetStringAsync(new Uri($"/api/v1/places/export.csv?commune={town.Insee}&strict=true", UriKind.Relative));
        Assert.Equal(32, strict.Split("\r\n")[0].Split(',').Length);
        var invalid = await client.GetAsync(new Uri("/api/v1/places/export.csv?strict=oui", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        Assert.Equal((3, $"{A}:a1|{B}:b1"), await ExportAsync(strict: false, groupId));
        Assert.Equal((3, null), await ExportAsync(strict: true, groupId));
    }

    /// <summary>Communes with a point near their centre (one per test).</summary>
    private static readonly Town[] Towns =
    [
        new("DIJON", "21000", "21231", 47.3220, 5.0415), new("BEAUNE", "21200", "21054", 47.0260, 4.8400),
        new("AUXERRE", "89000", "89024", 47.7982, 3.5673), new("BESANCON", "25000", "25056", 47.2378, 6.0241),
        new("MACON", "71000", "71270", 46.3069, 4.8287), new("NEVERS", "58000", "58194", 46.9909, 3.1590),
        new("DOLE", "39100", "39198", 47.0920, 5.4900), new("SENS", "89100", "89387", 48.1975, 3.2833),
        new("CHALON-SUR-SAONE", "71100", "71076", 46.7806, 4.8539),
    ];

    private sealed record Town(string Name, string PostalCode, string Insee, double Latitude, double Longitude);

    private static string Row(Town town, string id, string name, string address, string phone, string mail, double? dLat, string updated) =>
        string.Join(',', id, name, address, town.Name, town.PostalCode, phone, mail,
            dLat is { } d ? (town.Latitude + d).ToString(CultureInfo.InvariantCulture) : "", dLat is null ? "" : town.Longitude.ToString(CultureInfo.InvariantCulture), updated);

    private static string Library(Town town, string id) => Row(town, id, "Médiathèque Jean Macé", "12 rue de la Liberté", "03 80 00 00 01", "", 0, "2024-01-10");

    private static string LibraryAgain(Town town, string id, string mail) => Row(town, id, "Mediatheque Jean Mace", "12 r. de la Liberté", "03 80 00 00 09", mail, 0.00004, "2025-06-01");

    private static string Services(Town town, string id) => Row(town, id, "France Services", "12 rue de la Liberté", "03 80 00 00 02", "", 0, "2024-01-10");

    private static string NoPoint(Town town, string id, string phone = "03 80 00 00 03") => Row(town, id, "Atelier numérique des Grésilles", "3 rue Jean XXIII", phone, "", null, "2024-03-01");

    private string Source(string name, int trust, params string[] rows)
    {
        _folder.AddFile($"{name}.csv", Header + "\n" + string.Join("\n", rows));
        return _folder.AddDeclaration(name, $$"""
            {
              "name": "{{name}}", "label": "Test", "location": "{{name}}.csv", "format": "csv", "trust_rank": {{trust}},
              "fields": {
                "id": { "column": "ref" }, "pivot": { "value": "00000000000000" }, "nom": { "column": "nom" },
                "adresse": { "column": "adresse" }, "commune": { "column": "ville" }, "code_postal": { "column": "cp" },
                "telephone": { "column": "tel" }, "courriels": { "column": "mail" }, "latitude": { "column": "lat" },
                "longitude": { "column": "lon" }, "date_maj": { "column": "maj" }
              }
            }
            """);
    }

    private async Task<RunSourceResult> RunAsync(string name, bool force = false, IServiceProvider? services = null)
    {
        await using var scope = (services ?? fixture.App.Services).CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var handler = new RunSourceHandler(
            provider.GetRequiredService<AppDbContext>(), _folder.Catalog, provider.GetRequiredService<SourceFetcher>(), provider.GetRequiredService<ImportPlacesHandler>(), TimeProvider.System);
        var result = await handler.HandleAsync(new RunSourceCommand(name, force));
        Assert.True(services is not null || result.Status != SourceRunStatus.Failed, result.Error);
        return result;
    }

    private async Task<ReviewError?> DecideAsync(int id, bool confirm)
    {
        await using var scope = fixture.App.Scope();
        return await fixture.App.Get<DecideReviewHandler>(scope).HandleAsync(new DecideReviewCommand(id, confirm));
    }

    /// <summary>The records of this test's two sources, by key.</summary>
    private async Task<Dictionary<string, Place>> PlacesAsync()
    {
        await using var scope = fixture.App.Scope();
        var places = await fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().Where(p => p.SourceName == A || p.SourceName == B).ToListAsync();
        return places.ToDictionary(p => $"{p.SourceName}:{p.SourceRecordId}");
    }

    private async Task<MatchReview> ReviewAsync(string x, string y)
    {
        await using var scope = fixture.App.Scope();
        var (a, b) = MatchReview.Order(x, y);
        return await fixture.App.Get<AppDbContext>(scope).Set<MatchReview>().AsNoTracking().SingleAsync(r => r.RecordA == a && r.RecordB == b);
    }

    /// <summary>This test's records (with their merged place), merged places, groups and reviews, as text.</summary>
    private async Task<string> StateAsync()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        var records = await db.Places().AsNoTracking().Where(p => p.SourceName == A || p.SourceName == B).OrderBy(p => p.Id)
            .Select(p => $"{p.Id}>{p.MergedIntoId}:{p.Name}:{p.Emails}:{p.LastImportRunId}").ToListAsync();
        var members = await db.Set<PlaceGroupMember>().AsNoTracking().Where(m => m.SourceName == A || m.SourceName == B).OrderBy(m => m.PlaceId).ToListAsync();
        var groupIds = members.Select(m => m.GroupId).Distinct().ToList();
        var merged = await db.Places().AsNoTracking().Where(p => groupIds.Contains(p.Id)).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Name}:{p.Emails}:{p.LastImportRunId}").ToListAsync();
        var groups = await db.Set<PlaceGroup>().AsNoTracking().Where(g => groupIds.Contains(g.Id)).OrderBy(g => g.Id).Select(g => $"{g.Id}:{g.Provenance}:{g.UpdatedAt}").ToListAsync();
        var reviews = await db.Set<MatchReview>().AsNoTracking().Where(r => r.RecordA.StartsWith(_prefix) || r.RecordB.StartsWith(_prefix)).OrderBy(r => r.Id)
            .Select(r => $"{r.RecordA}|{r.RecordB}|{r.Status}|{r.Score}").ToListAsync();
        return string.Join('\n', records.Concat(members.Select(m => $"{m.PlaceId}@{m.GroupId}")).Concat(merged).Concat(groups).Concat(reviews));
    }

    private async Task AssertShownApartAsync(string groupId)
    {
        var places = await PlacesAsync();
        Assert.All(places.Values, p => Assert.Null(p.MergedIntoId));
        await using var scope = fixture.App.Scope();
        Assert.False(await fixture.App.Get<AppDbContext>(scope).Places().AnyAsync(p => p.Id == groupId));
    }

    /// <summary>Exports this test's source "a" (merged places count for each of their sources): rows, and the sources cell of the merged place.</summary>
    private async Task<(int Lines, string? Sources)> ExportAsync(bool strict, string groupId)
    {
        await using var scope = fixture.App.Scope();
        using var output = new MemoryStream();
        await fixture.App.Get<ExportPlacesHandler>(scope).HandleAsync(new ExportPlacesQuery(PlaceFileSyntax.Csv, A, strict), output);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var row = lines.Single(l => l.StartsWith(groupId, StringComparison.Ordinal));
        return (lines.Length, strict ? null : row[(row.LastIndexOf(',') + 1)..]);
    }

    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(new Uri("http://localhost/"), location).AbsolutePath : null;

    private sealed class FailingStep : IAfterImportStep
    {
        public string Label => "Panne";

        public Task<string> RunAsync(ImportedPlaces imported, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("panne injectée après la fusion");
    }
}

/// <summary>The app reads the trust ranks of the class's source declarations: its sources folder is the class's.</summary>
public abstract class MergeAppFixture : AppFixture, IDisposable
{
    protected MergeAppFixture(DatabaseProvider provider, SourceFolder folder)
        : base(provider, new Dictionary<string, string> { ["Sources:Directory"] = folder.Path, ["Dedup:MergeAfterImport"] = "true" }) => Folder = folder;

    public SourceFolder Folder { get; }

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class MergeSqliteFixture() : MergeAppFixture(DatabaseProvider.Sqlite, SourceFolder.Create());

public sealed class MergePostgresFixture() : MergeAppFixture(DatabaseProvider.Postgres, SourceFolder.Create());

public sealed class MergeOnImportSqliteTests(MergeSqliteFixture fixture) : MergeOnImportTests(fixture), IClassFixture<MergeSqliteFixture>;

public sealed class MergeOnImportPostgresTests(MergePostgresFixture fixture) : MergeOnImportTests(fixture), IClassFixture<MergePostgresFixture>;

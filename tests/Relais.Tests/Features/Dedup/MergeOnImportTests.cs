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
public abstract partial class MergeOnImportTests(MergeAppFixture fixture)
{
    private const string Header = "ref,nom,adresse,ville,cp,tel,mail,lat,lon,maj";
    private readonly SourceFolder _folder = fixture.Folder;
    private readonly MergeAppFixture _fixture = fixture;
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

        await using var scope = _fixture.App.Scope();
        var db = _fixture.App.Get<AppDbContext>(scope);
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

        await using var scope = _fixture.App.Scope();
        var listed = await _fixture.App.Get<ListReviewsHandler>(scope).HandleAsync(new ListReviewsQuery());
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
        await using var scope = _fixture.App.Scope();
        var group = await _fixture.App.Get<AppDbContext>(scope).Set<PlaceGroup>().AsNoTracking().SingleAsync(g => g.Id == groupId);
        Assert.Equal(PlaceGroup.Confirmed, group.Decision);
    }

    [Fact]
    public async Task Unmerge_MergedPlace_RecordsShownAndNotMergedAgain()
    {
        var town = Towns[4];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "a@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");

        await using (var scope = _fixture.App.Scope())
        {
            var (result, error) = await _fixture.App.Get<UnmergePlaceHandler>(scope).HandleAsync(new UnmergePlaceCommand(groupId));
            Assert.Null(error);
            Assert.Equal(2, result!.ShownAgain.Count);
        }

        await AssertShownApartAsync(groupId);
        Assert.Equal(MatchReview.Rejected, (await ReviewAsync($"{A}:a1", $"{B}:b1")).Status);

        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "autre@b.example")));
        await AssertShownApartAsync(groupId);

        await using var last = _fixture.App.Scope();
        var (_, missing) = await _fixture.App.Get<UnmergePlaceHandler>(last).HandleAsync(new UnmergePlaceCommand(groupId));
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
        await using var scope = _fixture.App.Scope();
        var merged = await _fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
        Assert.Equal("nouveau@b.example", merged.Emails);
    }

    [Fact]
    public async Task Remerge_FieldEditedByHand_EditKeptAndChangesInHistory()
    {
        var town = Towns[8];
        await RunAsync(Source(A, 1, Library(town, "a1")));
        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "premier@b.example")));
        var groupId = Place.IdFor(Place.MergedSourceName, $"{A}:a1");
        await using (var scope = _fixture.App.Scope())
        {
            var db = _fixture.App.Get<AppDbContext>(scope);
            var merged = await db.Places().AsNoTracking().SingleAsync(p => p.Id == groupId);
            db.Add(PlaceFieldOverride.Create(groupId, StandardColumns.Telephone, "+33380000099", merged.Phone, TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await RunAsync(Source(B, 2, LibraryAgain(town, "b1", "second@b.example")));

        await using var check = _fixture.App.Scope();
        var checkDb = _fixture.App.Get<AppDbContext>(check);
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
        using var faulty = _fixture.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IAfterImportStep, FailingStep>()));

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
        using var client = _fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
}

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

/// <summary>The rows, sources and checks the merge tests are written with.</summary>
public abstract partial class MergeOnImportTests
{
    private static readonly Town[] Towns =
    [
        new("DIJON", "21000", "21231", 47.3220, 5.0415), new("BEAUNE", "21200", "21054", 47.0260, 4.8400),
        new("AUXERRE", "89000", "89024", 47.7982, 3.5673), new("BESANCON", "25000", "25056", 47.2378, 6.0241),
        new("MACON", "71000", "71270", 46.3069, 4.8287), new("NEVERS", "58000", "58194", 46.9909, 3.1590),
        new("DOLE", "39100", "39198", 47.0920, 5.4900), new("SENS", "89100", "89387", 48.1975, 3.2833),
        new("CHALON-SUR-SAONE", "71100", "71076", 46.7806, 4.8539), new("MONTBELIARD", "25200", "25388", 47.5168, 6.7834),
        new("LONS-LE-SAUNIER", "39000", "39300", 46.6758, 5.5575), new("VESOUL", "70000", "70550", 47.6323, 6.1523),
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
        await using var scope = (services ?? _fixture.App.Services).CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var handler = new RunSourceHandler(
            provider.GetRequiredService<AppDbContext>(), _folder.Catalog, provider.GetRequiredService<SourceFetcher>(), provider.GetRequiredService<ImportPlacesHandler>(), TimeProvider.System);
        var result = await handler.HandleAsync(new RunSourceCommand(name, force));
        Assert.True(services is not null || result.Status != SourceRunStatus.Failed, result.Error);
        return result;
    }

    private async Task<ReviewError?> DecideAsync(int id, bool confirm)
    {
        await using var scope = _fixture.App.Scope();
        return await _fixture.App.Get<DecideReviewHandler>(scope).HandleAsync(new DecideReviewCommand(id, confirm));
    }

    /// <summary>The records of this test's two sources, by key.</summary>
    private async Task<Dictionary<string, Place>> PlacesAsync()
    {
        await using var scope = _fixture.App.Scope();
        var places = await _fixture.App.Get<AppDbContext>(scope).Places().AsNoTracking().Where(p => p.SourceName == A || p.SourceName == B).ToListAsync();
        return places.ToDictionary(p => $"{p.SourceName}:{p.SourceRecordId}");
    }

    private async Task<MatchReview> ReviewAsync(string x, string y)
    {
        await using var scope = _fixture.App.Scope();
        var (a, b) = MatchReview.Order(x, y);
        return await _fixture.App.Get<AppDbContext>(scope).Set<MatchReview>().AsNoTracking().SingleAsync(r => r.RecordA == a && r.RecordB == b);
    }

    /// <summary>This test's records (with their merged place), merged places, groups and reviews, as text.</summary>
    private async Task<string> StateAsync()
    {
        await using var scope = _fixture.App.Scope();
        var db = _fixture.App.Get<AppDbContext>(scope);
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
        await using var scope = _fixture.App.Scope();
        Assert.False(await _fixture.App.Get<AppDbContext>(scope).Places().AnyAsync(p => p.Id == groupId));
    }

    /// <summary>Exports this test's source "a" (merged places count for each of their sources): rows, and the sources cell of the merged place.</summary>
    private async Task<(int Lines, string? Sources)> ExportAsync(bool strict, string groupId)
    {
        await using var scope = _fixture.App.Scope();
        using var output = new MemoryStream();
        await _fixture.App.Get<ExportPlacesHandler>(scope).HandleAsync(new ExportPlacesQuery(PlaceFileSyntax.Csv, A, strict), output);
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

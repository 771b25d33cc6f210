using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Features.Accounts;
using Relais.Tests.Features.PlaceEdits;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Review;

/// <summary>A commune of the bundled table, where one test's records live alone.</summary>
public sealed record TestCommune(string Name, string PostalCode, string Insee, string Department);

/// <summary>A pair in the review queue: its number, its two sources and records.</summary>
public sealed record TestPair(int Id, string SourceA, string SourceB, string PlaceIdA, string PlaceIdB, TestCommune Commune)
{
    public string KeyA => $"{SourceA}:lieu-1";

    public string KeyB => $"{SourceB}:lieu-1";
}

/// <summary>
/// The maintainers' app with merges after imports turned on. Pairs are made by importing one record in each of
/// two sources of their own: same name and address without a precise point, so the matcher queues them for review.
/// Each pair lives in a commune no other pair uses, so that records of different tests never meet.
/// </summary>
public abstract class ReviewFixture(DatabaseProvider provider) : MaintainersFixture(provider, new Dictionary<string, string> { ["Dedup:MergeAfterImport"] = "true" })
{
    private static int _nextCommune;
    private List<TestCommune>? _communes;

    public async Task<TestCommune> CommuneAsync()
    {
        if (_communes is null)
        {
            await using var scope = Scope();
            var communes = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Commune>().AsNoTracking()
                .Where(c => c.Population > 3000).OrderBy(c => c.InseeCode).ToListAsync();
            _communes = [.. communes.Where(c => !c.PostalCodes.Contains('|', StringComparison.Ordinal) && c.DepartmentCode is not ("75" or "13" or "69"))
                .Select(c => new TestCommune(c.Name, c.PostalCodes, c.InseeCode, c.DepartmentCode))];
        }

        return _communes[Interlocked.Increment(ref _nextCommune) * 3 % _communes.Count];
    }

    public static void Borderline(Dictionary<string, string> cells, TestCommune commune, string? phone = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(commune);
        (cells["pivot"], cells["nom"], cells["adresse"], cells["complement_adresse"]) = ("00000000000000", "Atelier numérique du centre social", "3 rue Jean Jaurès", "");
        (cells["commune"], cells["code_postal"], cells["code_insee"], cells["latitude"], cells["longitude"]) = (commune.Name, commune.PostalCode, commune.Insee, "", "");
        if (phone is not null)
        {
            cells["telephone"] = phone;
        }
    }

    /// <summary>Imports one row (or several) as the source <paramref name="source"/>; merges run after the import.</summary>
    public async Task ImportAsync(string source, params string[] rows)
    {
        using var file = TempFile.WithText(StandardCsv.File(rows));
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file.Path, source));
    }

    /// <summary>A pending pair in a commune of its own (or the given one).</summary>
    public async Task<TestPair> PairAsync(TestCommune? commune = null)
    {
        commune ??= await CommuneAsync();
        var prefix = $"r{Guid.NewGuid():N}"[..12];
        var (a, b) = ($"{prefix}-a", $"{prefix}-b");
        await ImportAsync(a, StandardCsv.Row(c => Borderline(c, commune)));
        await ImportAsync(b, StandardCsv.Row(c => Borderline(c, commune, phone: "+33300000002")));
        var (idA, idB) = (Place.IdFor(a, "lieu-1"), Place.IdFor(b, "lieu-1"));
        var review = await ReviewAsync($"{a}:lieu-1", $"{b}:lieu-1");
        Assert.Equal((MatchReview.Pending, "no precise point"), (review.Status, review.Reason));
        return new TestPair(review.Id, a, b, idA, idB, commune);
    }

    /// <summary>A merged place of two records (a pair confirmed), with its id.</summary>
    public async Task<(TestPair Pair, string MergedId)> MergedAsync()
    {
        var pair = await PairAsync();
        await using (var scope = Scope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<DecideReviewHandler>().HandleAsync(new DecideReviewCommand(pair.Id, Confirm: true)));
        }

        var mergedId = (await PlaceAsync(pair.PlaceIdA)).MergedIntoId;
        Assert.NotNull(mergedId);
        return (pair, mergedId);
    }

    public async Task<MatchReview> ReviewAsync(string x, string y)
    {
        var (a, b) = MatchReview.Order(x, y);
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MatchReview>().AsNoTracking().SingleAsync(r => r.RecordA == a && r.RecordB == b);
    }

    public async Task<string> StatusAsync(int pairId)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MatchReview>().AsNoTracking().Where(r => r.Id == pairId).Select(r => r.Status).SingleAsync();
    }

    public async Task<Place> PlaceAsync(string id)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<bool> ExistsAsync(string id)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().AnyAsync(p => p.Id == id);
    }

    /// <summary>Posts a form as this client would, with an antiforgery token of its identity (from its space, or the sign-in page when anonymous).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, bool signedIn, string path, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = PlaceEditsFixture.AntiforgeryToken(await client.GetStringAsync(new Uri(signedIn ? "/espace" : "/connexion", UriKind.Relative)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }

    /// <summary>The queue's page that shows this pair (other tests' pairs may come first), or null when no page shows it.</summary>
    public static async Task<string?> PageShowingAsync(HttpClient client, int pairId)
    {
        ArgumentNullException.ThrowIfNull(client);
        for (var page = 1; ; page++)
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/espace/moderation/doublons?page={page}", UriKind.Relative)));
            if (html.Contains($"Paire n° {pairId} —", StringComparison.Ordinal))
            {
                return html;
            }

            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    public static async Task<string> TextAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteReviewFixture() : ReviewFixture(DatabaseProvider.Sqlite);

public sealed class PostgresReviewFixture() : ReviewFixture(DatabaseProvider.Postgres);

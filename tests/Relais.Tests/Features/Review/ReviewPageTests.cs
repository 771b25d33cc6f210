using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;

namespace Relais.Tests.Features.Review;

/// <summary>The duplicates page (/espace/moderation/doublons) and undoing a merge from the web, on SQLite and PostgreSQL.</summary>
public abstract partial class ReviewPageTests(ReviewFixture fixture)
{
    private const string Page = "/espace/moderation/doublons";

    [Fact]
    public async Task ReviewPage_Moderator_ShowsBothRecordsScoreAndReasonInFrench()
    {
        var pair = await fixture.PairAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var html = await ReviewFixture.PageShowingAsync(moderator, pair.Id);

        var item = PairBlock(html!, pair.Id);
        Assert.Contains(pair.KeyA, item, StringComparison.Ordinal);
        Assert.Contains(pair.KeyB, item, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lieux/{pair.PlaceIdA}\"", item, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lieux/{pair.PlaceIdB}\"", item, StringComparison.Ordinal);
        Assert.Contains("Atelier numérique du centre social", item, StringComparison.Ordinal);
        Assert.Contains("3 rue Jean Jaurès", item, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(pair.Commune.PostalCode, item, StringComparison.Ordinal);
        Assert.Contains("n'a pas de position précise", item, StringComparison.Ordinal);
        Assert.Contains("Noms : 100 / 100", item, StringComparison.Ordinal);
        Assert.Contains("Distance : inconnue", item, StringComparison.Ordinal);
        Assert.Contains("Même lieu — fusionner", item, StringComparison.Ordinal);
        Assert.Contains("Lieux différents", item, StringComparison.Ordinal);
        Assert.DoesNotContain("no precise point", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_Moderator_BothRecordsHiddenBehindOneMergedPlace()
    {
        var pair = await fixture.PairAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var response = await ReviewFixture.PostAsync(moderator, signedIn: true, Page, ("id", Id(pair.Id)), ("confirm", "true"));

        var html = await ReviewFixture.TextAsync(response);
        Assert.Contains($"Paire n° {pair.Id} fusionnée", html, StringComparison.Ordinal);
        Assert.Equal(MatchReview.ConfirmedStatus, await fixture.StatusAsync(pair.Id));
        var (a, b) = (await fixture.PlaceAsync(pair.PlaceIdA), await fixture.PlaceAsync(pair.PlaceIdB));
        Assert.NotNull(a.MergedIntoId);
        Assert.Equal(a.MergedIntoId, b.MergedIntoId);
        Assert.True((await fixture.PlaceAsync(a.MergedIntoId)).IsMerged);
        Assert.Contains($"href=\"/lieux/{a.MergedIntoId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Paire n° {pair.Id} —", html, StringComparison.Ordinal);

        using var anonymous = fixture.Client();
        var record = await anonymous.GetAsync(new Uri($"/lieux/{pair.PlaceIdB}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, record.StatusCode);
        Assert.EndsWith($"/lieux/{a.MergedIntoId}", record.Headers.Location!.ToString(), StringComparison.Ordinal);
        var merged = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri($"/lieux/{a.MergedIntoId}", UriKind.Relative)));
        Assert.Contains(pair.KeyA, merged, StringComparison.Ordinal);
        Assert.Contains(pair.KeyB, merged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_Moderator_KeptApartAfterTheSourceIsImportedAgain()
    {
        var pair = await fixture.PairAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var response = await ReviewFixture.PostAsync(moderator, signedIn: true, Page, ("id", Id(pair.Id)), ("confirm", "false"));
        await fixture.ImportAsync(pair.SourceB, StandardCsv.Row(c => ReviewFixture.Borderline(c, pair.Commune, phone: "+33300000099")));

        Assert.Contains("resteront séparés", await ReviewFixture.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal("+33300000099", (await fixture.PlaceAsync(pair.PlaceIdB)).Phone);
        Assert.Equal(MatchReview.Rejected, await fixture.StatusAsync(pair.Id));
        Assert.Null((await fixture.PlaceAsync(pair.PlaceIdA)).MergedIntoId);
        Assert.Null((await fixture.PlaceAsync(pair.PlaceIdB)).MergedIntoId);
        Assert.Null(await ReviewFixture.PageShowingAsync(moderator, pair.Id));
    }

    [Fact]
    public async Task Decide_AlreadyDecidedOrUnknownPair_FrenchErrorAndNothingChanged()
    {
        var pair = await fixture.PairAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        await ReviewFixture.PostAsync(moderator, signedIn: true, Page, ("id", Id(pair.Id)), ("confirm", "false"));

        var again = await ReviewFixture.PostAsync(moderator, signedIn: true, Page, ("id", Id(pair.Id)), ("confirm", "true"));
        var unknown = await ReviewFixture.PostAsync(moderator, signedIn: true, Page, ("id", "987654321"), ("confirm", "true"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"La paire n° {pair.Id} a déjà été traitée", await ReviewFixture.TextAsync(again), StringComparison.Ordinal);
        Assert.Contains("La paire n° 987654321 n'existe pas ou plus.", await ReviewFixture.TextAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(MatchReview.Rejected, await fixture.StatusAsync(pair.Id));
        Assert.Null((await fixture.PlaceAsync(pair.PlaceIdA)).MergedIntoId);
    }

    [Fact]
    public async Task Unmerge_ModeratorFromThePlacePage_RecordsShownApartAndNotMergedAgain()
    {
        var (pair, mergedId) = await fixture.MergedAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        var fiche = WebUtility.HtmlDecode(await moderator.GetStringAsync(new Uri($"/lieux/{mergedId}", UriKind.Relative)));
        Assert.Contains($"href=\"/espace/moderation/doublons/defaire/{mergedId}\"", fiche, StringComparison.Ordinal);
        var confirmPage = WebUtility.HtmlDecode(await moderator.GetStringAsync(new Uri($"/espace/moderation/doublons/defaire/{mergedId}", UriKind.Relative)));
        Assert.Contains(pair.KeyA, confirmPage, StringComparison.Ordinal);
        Assert.Contains(pair.KeyB, confirmPage, StringComparison.Ordinal);

        var response = await ReviewFixture.PostAsync(moderator, signedIn: true, $"/espace/moderation/doublons/defaire/{mergedId}");
        await fixture.ImportAsync(pair.SourceB, StandardCsv.Row(c => ReviewFixture.Borderline(c, pair.Commune, phone: "+33300000077")));

        var html = await ReviewFixture.TextAsync(response);
        Assert.Contains("Fusion défaite : 2 fiches", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lieux/{pair.PlaceIdA}\"", html, StringComparison.Ordinal);
        Assert.False(await fixture.ExistsAsync(mergedId));
        Assert.Null((await fixture.PlaceAsync(pair.PlaceIdA)).MergedIntoId);
        Assert.Null((await fixture.PlaceAsync(pair.PlaceIdB)).MergedIntoId);
        Assert.Equal(MatchReview.Rejected, await fixture.StatusAsync(pair.Id));
    }

    [Fact]
    public async Task Unmerge_PlaceNotMerged_NotFound()
    {
        var pair = await fixture.PairAsync();
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var page = await moderator.GetAsync(new Uri($"/espace/moderation/doublons/defaire/{pair.PlaceIdA}", UriKind.Relative));
        var fiche = await moderator.GetStringAsync(new Uri($"/lieux/{pair.PlaceIdA}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Défaire la fusion", fiche, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Space_CoordinatorAndModerator_LinkWithPendingCount_NotForMediators()
    {
        var commune = await fixture.CommuneAsync();
        var coordinator = await fixture.SignedInAsync(await fixture.UserAsync(Role.TerritoryCoordinator, territories: [commune.Department]));
        var before = PendingCount(await coordinator.GetStringAsync(new Uri("/espace", UriKind.Relative)));

        await fixture.PairAsync(commune);

        var space = WebUtility.HtmlDecode(await coordinator.GetStringAsync(new Uri("/espace", UriKind.Relative)));
        Assert.Contains($"href=\"{Page}\"", space, StringComparison.Ordinal);
        Assert.Equal(before + 1, PendingCount(space));
        var (_, siret) = await fixture.OrganisationAsync();
        var mediator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, siret));
        Assert.DoesNotContain(Page, await mediator.GetStringAsync(new Uri("/espace", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_MoreThanFiftyPairs_FiftyPerPageBestScoreFirst()
    {
        var prefix = $"p{Guid.NewGuid():N}"[..12];
        var communes = new List<TestCommune>();
        for (var i = 0; i < 51; i++)
        {
            communes.Add(await fixture.CommuneAsync());
        }

        string[] rows = [.. communes.Select((commune, i) => StandardCsv.Row(c =>
        {
            ReviewFixture.Borderline(c, commune);
            c["id"] = $"lieu-{i}";
        }))];
        await fixture.ImportAsync($"{prefix}-a", rows);
        await fixture.ImportAsync($"{prefix}-b", rows);
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var first = WebUtility.HtmlDecode(await moderator.GetStringAsync(new Uri(Page, UriKind.Relative)));
        var second = WebUtility.HtmlDecode(await moderator.GetStringAsync(new Uri($"{Page}?page=2", UriKind.Relative)));

        var scores = Scores(first);
        Assert.Equal(50, scores.Count);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains($"href=\"{Page}?page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 sur", second, StringComparison.Ordinal);
        Assert.NotEmpty(Scores(second));
        Assert.True(Scores(second).Max() <= scores.Min());
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The markup of one pair of the page, from its heading to the next pair.</summary>
    private static string PairBlock(string html, int id)
    {
        var start = html.IndexOf($"Paire n° {id} —", StringComparison.Ordinal);
        Assert.True(start >= 0, $"pair {id} is not on the page");
        var end = html.IndexOf("</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static int PendingCount(string html)
    {
        var match = PendingCountText().Match(WebUtility.HtmlDecode(html));
        return !match.Success ? -1 : match.Groups[1].Value == "aucune" ? 0 : int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static List<int> Scores(string html) => [.. ScoreText().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\((aucune|\d+) paires? en attente\)")]
    private static partial Regex PendingCountText();

    [GeneratedRegex(@"ressemblance (\d+) / 100")]
    private static partial Regex ScoreText();
}

public sealed class ReviewPageSqliteTests(SqliteReviewFixture fixture) : ReviewPageTests(fixture), IClassFixture<SqliteReviewFixture>;

public sealed class ReviewPagePostgresTests(PostgresReviewFixture fixture) : ReviewPageTests(fixture), IClassFixture<PostgresReviewFixture>;

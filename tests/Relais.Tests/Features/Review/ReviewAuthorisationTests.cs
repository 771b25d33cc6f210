using System.Globalization;
using System.Net;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Review;

public enum ReviewActor
{
    Anonymous,

    /// <summary>A mediator whose organisation maintains one of the records: still not a moderator.</summary>
    Mediator,

    /// <summary>An organisation admin whose organisation maintains one of the records.</summary>
    OrganisationAdmin,
    CoordinatorInTerritory,
    CoordinatorOutOfTerritory,
    Moderator,
    Admin,
}

public enum ReviewAction
{
    ListPage,
    DecidePost,
    UnmergePage,
    UnmergePost,
    UnmergeButtonOnPlacePage,
}

public enum ReviewOutcome
{
    /// <summary>Sent to sign in (302 to /connexion).</summary>
    SignIn,

    /// <summary>Refused (302 to /acces-refuse); nothing changed.</summary>
    Denied,

    /// <summary>The page opens but does not show the pair (out of the coordinator's territory), or the place page shows no undo button.</summary>
    NotShown,

    Allowed,
}

/// <summary>
/// Every review action × every role: who is sent to sign in, who is refused (and nothing changes), who may.
/// A coordinator sees and decides the pairs with a record in their territory, and undoes the merges of their territory.
/// </summary>
public abstract class ReviewAuthorisationTests(ReviewFixture fixture)
{
    private static readonly Dictionary<ReviewActor, ReviewOutcome[]> Expected = new()
    {
        //                                       list page               decide POST             undo page               undo POST               undo button
        [ReviewActor.Anonymous] = [ReviewOutcome.SignIn, ReviewOutcome.SignIn, ReviewOutcome.SignIn, ReviewOutcome.SignIn, ReviewOutcome.NotShown],
        [ReviewActor.Mediator] = [ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.NotShown],
        [ReviewActor.OrganisationAdmin] = [ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.NotShown],
        [ReviewActor.CoordinatorInTerritory] = [ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed],
        [ReviewActor.CoordinatorOutOfTerritory] = [ReviewOutcome.NotShown, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.Denied, ReviewOutcome.NotShown],
        [ReviewActor.Moderator] = [ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed],
        [ReviewActor.Admin] = [ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed, ReviewOutcome.Allowed],
    };

    public static TheoryData<ReviewActor, ReviewAction, ReviewOutcome> Matrix()
    {
        var data = new TheoryData<ReviewActor, ReviewAction, ReviewOutcome>();
        foreach (var (actor, outcomes) in Expected)
        {
            foreach (var action in Enum.GetValues<ReviewAction>())
            {
                data.Add(actor, action, outcomes[(int)action]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task ReviewAction_EachRole_ExpectedOutcome(ReviewActor actor, ReviewAction action, ReviewOutcome expected)
    {
        var merge = action is ReviewAction.UnmergePage or ReviewAction.UnmergePost or ReviewAction.UnmergeButtonOnPlacePage;
        var (pair, mergedId) = merge ? await fixture.MergedAsync() : (await fixture.PairAsync(), null);
        var (client, user) = await ClientAsync(actor, pair);

        var outcome = action switch
        {
            ReviewAction.ListPage => await ListAsync(client, pair),
            ReviewAction.DecidePost => await DecideAsync(client, user, pair),
            ReviewAction.UnmergePage => Classify(await client.GetAsync(new Uri($"/espace/moderation/doublons/defaire/{mergedId}", UriKind.Relative))),
            ReviewAction.UnmergePost => await UnmergeAsync(client, user, pair, mergedId!),
            _ => WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/lieux/{mergedId}", UriKind.Relative))).Contains("Défaire la fusion", StringComparison.Ordinal)
                ? ReviewOutcome.Allowed : ReviewOutcome.NotShown,
        };

        Assert.Equal(expected, outcome);
    }

    private async Task<(HttpClient Client, User? User)> ClientAsync(ReviewActor actor, TestPair pair)
    {
        var elsewhere = pair.Commune.Department == "2A" ? "2B" : "2A";
        User? user;
        if (actor is ReviewActor.Mediator or ReviewActor.OrganisationAdmin)
        {
            var (_, siret) = await fixture.OrganisationAsync();
            await fixture.AddPlaceAsync(siret, pair.PlaceIdA);
            user = await fixture.UserAsync(actor == ReviewActor.Mediator ? Role.Mediator : Role.OrganisationAdmin, siret);
        }
        else
        {
            user = actor switch
            {
                ReviewActor.Anonymous => null,
                ReviewActor.CoordinatorInTerritory => await fixture.UserAsync(Role.TerritoryCoordinator, territories: [pair.Commune.Department]),
                ReviewActor.CoordinatorOutOfTerritory => await fixture.UserAsync(Role.TerritoryCoordinator, territories: [elsewhere]),
                ReviewActor.Moderator => await fixture.UserAsync(Role.Moderator),
                _ => await fixture.UserAsync(Role.Admin),
            };
        }

        return (user is null ? fixture.Client() : await fixture.SignedInAsync(user), user);
    }

    private static async Task<ReviewOutcome> ListAsync(HttpClient client, TestPair pair)
    {
        var outcome = Classify(await client.GetAsync(new Uri("/espace/moderation/doublons", UriKind.Relative)));
        return outcome == ReviewOutcome.Allowed && await ReviewFixture.PageShowingAsync(client, pair.Id) is null ? ReviewOutcome.NotShown : outcome;
    }

    private async Task<ReviewOutcome> DecideAsync(HttpClient client, User? user, TestPair pair)
    {
        var response = await ReviewFixture.PostAsync(client, user is not null, "/espace/moderation/doublons", ("id", pair.Id.ToString(CultureInfo.InvariantCulture)), ("confirm", "false"));
        var outcome = Classify(response);
        Assert.Equal(outcome == ReviewOutcome.Allowed ? MatchReview.Rejected : MatchReview.Pending, await fixture.StatusAsync(pair.Id));
        return outcome;
    }

    private async Task<ReviewOutcome> UnmergeAsync(HttpClient client, User? user, TestPair pair, string mergedId)
    {
        var outcome = Classify(await ReviewFixture.PostAsync(client, user is not null, $"/espace/moderation/doublons/defaire/{mergedId}"));
        Assert.Equal(outcome != ReviewOutcome.Allowed, await fixture.ExistsAsync(mergedId));
        Assert.Equal(outcome == ReviewOutcome.Allowed ? null : mergedId, (await fixture.PlaceAsync(pair.PlaceIdB)).MergedIntoId);
        return outcome;
    }

    private static ReviewOutcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/connexion", StringComparison.Ordinal) => ReviewOutcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/acces-refuse", StringComparison.Ordinal) => ReviewOutcome.Denied,
            HttpStatusCode.OK => ReviewOutcome.Allowed,
            _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }
}

public sealed class ReviewAuthorisationSqliteTests(SqliteReviewFixture fixture) : ReviewAuthorisationTests(fixture), IClassFixture<SqliteReviewFixture>;

public sealed class ReviewAuthorisationPostgresTests(PostgresReviewFixture fixture) : ReviewAuthorisationTests(fixture), IClassFixture<PostgresReviewFixture>;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Standard;

namespace Relais.Tests.Features.PlaceEdits;

public enum Actor
{
    Anonymous,
    MediatorOwn,
    MediatorOther,
    OrganisationAdminOwn,
    OrganisationAdminOther,
    CoordinatorInTerritory,
    CoordinatorOutOfTerritory,
    Moderator,
    Admin,
}

public enum ProtectedAction
{
    EditPageGet,
    EditPagePost,
    PutApi,
    HistoryWithNames,
    CloseReport,
}

public enum Outcome
{
    /// <summary>Sent to sign in (302 to /connexion for pages, 401 for the API).</summary>
    SignIn,

    /// <summary>Refused (302 to /acces-refuse for pages, 403 for the API); nothing written.</summary>
    Denied,

    Allowed,

    /// <summary>The history page is public: the authors' names are shown or not.</summary>
    PublicOnly,
}

/// <summary>
/// Every protected action on a place × every role, own or other organisation, in or out of territory: who is sent
/// to sign in, who is refused (and nothing is written), who may. No one edits another organisation's place.
/// </summary>
public sealed class PlaceEditsAuthorisationTests(SqlitePlaceEditsFixture fixture) : IClassFixture<SqlitePlaceEditsFixture>
{
    private static readonly Dictionary<Actor, Outcome[]> Expected = new()
    {
        //                                       edit GET         edit POST        PUT              history names        close report
        [Actor.Anonymous] = [Outcome.SignIn, Outcome.SignIn, Outcome.SignIn, Outcome.PublicOnly, Outcome.SignIn],
        [Actor.MediatorOwn] = [Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.PublicOnly, Outcome.Allowed],
        [Actor.MediatorOther] = [Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.PublicOnly, Outcome.Denied],
        [Actor.OrganisationAdminOwn] = [Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.PublicOnly, Outcome.Allowed],
        [Actor.OrganisationAdminOther] = [Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.PublicOnly, Outcome.Denied],
        [Actor.CoordinatorInTerritory] = [Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Allowed, Outcome.Allowed],
        [Actor.CoordinatorOutOfTerritory] = [Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.PublicOnly, Outcome.Denied],
        [Actor.Moderator] = [Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed],
        [Actor.Admin] = [Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed],
    };

    public static TheoryData<Actor, ProtectedAction, Outcome> Matrix()
    {
        var data = new TheoryData<Actor, ProtectedAction, Outcome>();
        foreach (var (actor, outcomes) in Expected)
        {
            foreach (var action in Enum.GetValues<ProtectedAction>())
            {
                data.Add(actor, action, outcomes[(int)action]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task ProtectedAction_EachRole_ExpectedOutcome(Actor actor, ProtectedAction action, Outcome expected)
    {
        var (placeId, _, own) = await fixture.OwnedPlaceAsync();
        var (_, _, other) = await fixture.OwnedPlaceAsync();
        var user = actor switch
        {
            Actor.Anonymous => null,
            Actor.MediatorOwn => await fixture.UserAsync(Role.Mediator, own),
            Actor.MediatorOther => await fixture.UserAsync(Role.Mediator, other),
            Actor.OrganisationAdminOwn => await fixture.UserAsync(Role.OrganisationAdmin, own),
            Actor.OrganisationAdminOther => await fixture.UserAsync(Role.OrganisationAdmin, other),
            Actor.CoordinatorInTerritory => await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["51"]),
            Actor.CoordinatorOutOfTerritory => await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["69", "R84"]),
            Actor.Moderator => await fixture.UserAsync(Role.Moderator),
            _ => await fixture.UserAsync(Role.Admin),
        };
        var client = user is null ? fixture.Client() : await fixture.SignedInAsync(user);

        var outcome = action switch
        {
            ProtectedAction.EditPageGet => Classify(await client.GetAsync(new Uri($"/espace/lieux/{placeId}/modifier", UriKind.Relative))),
            ProtectedAction.EditPagePost => await PostFormAsync(client, user, placeId),
            ProtectedAction.PutApi => await PutAsync(client, placeId),
            ProtectedAction.HistoryWithNames => await HistoryAsync(client, placeId),
            _ => await CloseReportAsync(client, user, placeId),
        };

        Assert.Equal(expected, outcome);
        if (outcome != Outcome.Allowed && action is ProtectedAction.EditPagePost or ProtectedAction.PutApi)
        {
            Assert.Equal(StandardCsv.ValidRow["nom"], (await fixture.PlaceAsync(placeId)).Name);
        }
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.Redirect when location.Contains("/connexion", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/acces-refuse", StringComparison.Ordinal) => Outcome.Denied,
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.Redirect when location.EndsWith("?enregistre=true", StringComparison.Ordinal) => Outcome.Allowed,
            _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }

    private async Task<Outcome> PostFormAsync(HttpClient client, User? user, string placeId)
    {
        var token = await TokenAsync(client, user);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        foreach (var (column, value) in StandardCsv.ValidRow.Where(c => c.Key is not ("id" or "date_maj")))
        {
            var multiple = column is "typologie" or "services" or "publics_specifiquement_adresses" or "prise_en_charge_specifique" or "frais_a_charge"
                or "dispositif_programmes_nationaux" or "formations_labels" or "modalites_acces" or "modalites_accompagnement" or "itinerance";
            var text = column is "courriels" or "site_web" or "autres_formations_labels" ? value.Replace('|', '\n') : value;
            fields.AddRange(multiple ? value.Split('|').Select(v => new KeyValuePair<string, string>(column, v)) : [new(column, text)]);
        }

        fields.RemoveAll(f => f.Key == StandardColumns.Nom);
        fields.Add(new(StandardColumns.Nom, "Nom changé par le formulaire"));
        var outcome = Classify(await client.PostAsync(new Uri($"/espace/lieux/{placeId}/modifier", UriKind.Relative), new FormUrlEncodedContent(fields)));
        if (outcome == Outcome.Allowed)
        {
            Assert.Equal("Nom changé par le formulaire", (await fixture.PlaceAsync(placeId)).Name);
        }

        return outcome;
    }

    private static async Task<Outcome> PutAsync(HttpClient client, string placeId)
    {
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{placeId}", UriKind.Relative)))!.AsObject();
        json["nom"] = "Nom changé par l'API";
        return Classify(await client.PutAsync(new Uri($"/api/v1/places/{placeId}", UriKind.Relative), new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json")));
    }

    private async Task<Outcome> HistoryAsync(HttpClient client, string placeId)
    {
        var editor = await fixture.UserAsync(Role.Admin);
        var editorClient = await fixture.WithTokenAsync(editor);
        Assert.Equal(Outcome.Allowed, await PutAsync(editorClient, placeId));
        var response = await client.GetAsync(new Uri($"/lieux/{placeId}/historique", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nom changé par l'API", html, StringComparison.Ordinal);
        return html.Contains(editor.DisplayName!, StringComparison.Ordinal) ? Outcome.Allowed : Outcome.PublicOnly;
    }

    private async Task<Outcome> CloseReportAsync(HttpClient client, User? user, string placeId)
    {
        var request = CorrectionRequest.Submit(placeId, CorrectionKind.OpeningHours, "Les horaires ont changé.", DateTimeOffset.UtcNow);
        await fixture.QueryAsync(async db =>
        {
            db.Add(request);
            return await db.SaveChangesAsync();
        });
        var token = await TokenAsync(client, user);
        var response = await client.PostAsync(new Uri("/espace/signalements", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("id", request.Id.ToString()), new("status", nameof(CorrectionStatus.Resolved)), new("note", "Corrigé.")]));
        var outcome = Classify(response);
        var status = await fixture.QueryAsync(db => db.Set<CorrectionRequest>().Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync());
        Assert.Equal(outcome == Outcome.Allowed ? CorrectionStatus.Resolved : CorrectionStatus.Open, status);
        return outcome;
    }

    /// <summary>An antiforgery token of this client's identity: from its space when signed in, else from the sign-in page.</summary>
    private static async Task<string> TokenAsync(HttpClient client, User? user) =>
        PlaceEditsFixture.AntiforgeryToken(await client.GetStringAsync(new Uri(user is null ? "/connexion" : "/espace", UriKind.Relative)));
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;
using Relais.Web.Standard;

namespace Relais.Tests.Features.PlaceEdits;

/// <summary>The edit form, the place page and the history page, on SQLite and PostgreSQL.</summary>
public abstract partial class EditPlaceFormTests(PlaceEditsFixture fixture)
{
    [Fact]
    public async Task Form_ValidEdit_SavedShownOnFicheAndInHistory()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync();
        var mediator = await fixture.UserAsync(Role.Mediator, organisation);
        var client = await fixture.SignedInAsync(mediator);
        var fields = await FormFieldsAsync(client, id);
        fields["telephone"] = ["04 72 00 00 02"];
        fields["services"] = ["Aide aux démarches administratives", "Accès internet et matériel informatique"];
        fields["charte"] = ["Nous aidons à faire les démarches avec vous, jamais à votre place."];

        var response = await PostAsync(client, id, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/espace/lieux/{id}/modifier?enregistre=true", response.Headers.Location?.ToString());
        var place = await fixture.PlaceAsync(id);
        Assert.Equal("+33472000002", place.Phone);
        Assert.Equal(ServiceKind.AdministrativeProcedures | ServiceKind.InternetAndEquipmentAccess, place.Services);
        Assert.Equal("Nous aidons à faire les démarches avec vous, jamais à votre place.", place.Charter);
        var fiche = WebUtility.HtmlDecode(await fixture.Client().GetStringAsync(new Uri($"/lieux/{id}", UriKind.Relative)));
        Assert.Contains("Nous aidons à faire les démarches avec vous, jamais à votre place.", fiche, StringComparison.Ordinal);
        Assert.Contains("Téléphone : modifié par l'équipe du lieu le", fiche, StringComparison.Ordinal);
        var publicHistory = WebUtility.HtmlDecode(await fixture.Client().GetStringAsync(new Uri($"/lieux/{id}/historique", UriKind.Relative)));
        Assert.Contains("Équipe du lieu", publicHistory, StringComparison.Ordinal);
        Assert.Contains("+33472000002", publicHistory, StringComparison.Ordinal);
        Assert.DoesNotContain(mediator.Email, publicHistory, StringComparison.Ordinal);
        Assert.DoesNotContain(mediator.DisplayName!, publicHistory, StringComparison.Ordinal);
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        var moderatorHistory = WebUtility.HtmlDecode(await moderator.GetStringAsync(new Uri($"/lieux/{id}/historique", UriKind.Relative)));
        Assert.Contains(mediator.DisplayName!, moderatorHistory, StringComparison.Ordinal);
        var channels = await fixture.QueryAsync(db => db.Set<PlaceChange>().Where(c => c.PlaceId == id).Select(c => c.Channel).Distinct().ToListAsync());
        Assert.Equal([ChangeChannel.Form], channels);
    }

    [Fact]
    public async Task Form_InvalidFields_InlineMessagesSummaryValuesKeptNothingWritten()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, organisation));
        var fields = await FormFieldsAsync(client, id);
        fields["code_postal"] = ["51AB0"];
        fields["nom"] = [string.Empty];
        fields["site_web"] = ["pas une adresse"];

        var response = await PostAsync(client, id, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"nom-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"code_postal-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"site_web-error\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#code_postal\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"51AB0\"", html, StringComparison.Ordinal);
        Assert.Contains("Le nom du lieu est obligatoire.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(StandardCsv.ValidRow["nom"], (await fixture.PlaceAsync(id)).Name);
        Assert.Equal(0, await fixture.QueryAsync(db => db.Set<PlaceChange>().CountAsync(c => c.PlaceId == id)));
    }

    [Fact]
    public async Task Form_HoursPreviewWithoutScript_WeekTableAndNothingSaved()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, organisation));
        var fields = await FormFieldsAsync(client, id);
        fields["horaires"] = ["Mo 10:00-11:30"];

        var response = await PostAsync(client, id, fields, "?handler=apercu");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Aperçu : semaine du", html, StringComparison.Ordinal);
        Assert.Contains("10h00 – 11h30", html, StringComparison.Ordinal);
        Assert.Equal(StandardCsv.ValidRow["horaires"], (await fixture.PlaceAsync(id)).OpeningHours);
    }

    /// <summary>The form's fields as the page renders them (text inputs, textareas, checked boxes, hidden fields).</summary>
    private static async Task<Dictionary<string, List<string>>> FormFieldsAsync(HttpClient client, string id)
    {
        var html = await client.GetStringAsync(new Uri($"/espace/lieux/{id}/modifier", UriKind.Relative));
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || (type == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }

            Add(fields, name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? string.Empty));
        }

        foreach (Match area in Textarea().Matches(html))
        {
            Add(fields, area.Groups["name"].Value, WebUtility.HtmlDecode(area.Groups["text"].Value));
        }

        return fields;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string id, Dictionary<string, List<string>> fields, string handler = "") =>
        client.PostAsync(new Uri($"/espace/lieux/{id}/modifier{handler}", UriKind.Relative), new FormUrlEncodedContent(fields.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v)))));

    private static void Add(Dictionary<string, List<string>> fields, string name, string value)
    {
        if (!fields.TryGetValue(name, out var values))
        {
            fields[name] = values = [];
        }

        values.Add(value);
    }

    private static string? Attribute(string tag, string name) => Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea[^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Textarea();
}

public sealed class EditPlaceFormSqliteTests(SqlitePlaceEditsFixture fixture) : EditPlaceFormTests(fixture), IClassFixture<SqlitePlaceEditsFixture>;

public sealed class EditPlaceFormPostgresTests(PostgresPlaceEditsFixture fixture) : EditPlaceFormTests(fixture), IClassFixture<PostgresPlaceEditsFixture>;

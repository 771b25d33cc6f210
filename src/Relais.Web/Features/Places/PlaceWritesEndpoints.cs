using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

/// <summary>
/// <c>PUT /api/v1/places/{id}</c>: a place's team sends the place back in the standard's JSON form (what
/// <c>GET</c> returns, extras such as <c>distance_km</c> ignored). Session cookie or personal API token; the cookie
/// is SameSite=Lax and the body must be JSON, which no cross-site form can send (docs/adr/0014).
/// </summary>
public static class PlaceWritesEndpoints
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RouteGroupBuilder MapPlaceWrites(this RouteGroupBuilder places)
    {
        ArgumentNullException.ThrowIfNull(places);
        places.MapPut("/{id}", PutAsync).RequireAuthorization().WithName("PutPlace")
            .WithSummary("Modifie un lieu (format JSON du standard ; équipe du lieu, modération)")
            .Accepts<Dictionary<string, object>>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return places;
    }

    private static async Task<IResult> PutAsync(string id, HttpRequest request, CurrentUser current, EditPlaceHandler handler, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Format non pris en charge", "Le lieu s'envoie en JSON (Content-Type: application/json).", "place.unsupported_media_type");
        }

        Dictionary<string, string?> values;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Problem(StatusCodes.Status400BadRequest, "Corps invalide", "Le corps doit être un objet JSON : le lieu au format du standard.", "place.invalid_json");
            }

            values = document.RootElement.EnumerateObject().GroupBy(p => p.Name.Trim().ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ToText(g.Last().Value), StringComparer.Ordinal);
        }
        catch (JsonException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, "Corps invalide", $"Le corps n'est pas du JSON valide : {exception.Message}", "place.invalid_json");
        }

        if (values.GetValueOrDefault(StandardColumns.Id) is { Length: > 0 } bodyId && !string.Equals(bodyId, id, StringComparison.Ordinal))
        {
            var mismatch = new Dictionary<string, object?> { [StandardColumns.Id] = new[] { new FieldError($"{StandardColumns.Id}.mismatch", $"L'id du corps (« {bodyId} ») n'est pas celui de l'adresse (« {id} »).") } };
            return Problem(StatusCodes.Status422UnprocessableEntity, "Lieu invalide", "L'identifiant du lieu ne change pas.", "place.invalid", mismatch);
        }

        var cells = StandardColumns.All.Select(c => values.GetValueOrDefault(c)).ToArray();
        var result = await handler.HandleAsync(user, new EditPlaceCommand(id, cells, null, ChangeChannel.Api), cancellationToken);
        switch (result.Outcome)
        {
            case EditPlaceOutcome.NotFound:
                return Problem(StatusCodes.Status404NotFound, "Lieu introuvable", $"Aucun lieu n'a l'identifiant « {id} ».", "place.not_found");
            case EditPlaceOutcome.Forbidden:
                return Problem(StatusCodes.Status403Forbidden, "Modification refusée", "Ce lieu n'est pas tenu par vos structures : vous ne pouvez pas le modifier.", "place.forbidden");
            case EditPlaceOutcome.Invalid:
                var errors = result.Errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (object?)g.Select(e => new FieldError(e.Code, e.Message)).ToArray(), StringComparer.Ordinal);
                return Problem(StatusCodes.Status422UnprocessableEntity, "Lieu invalide", $"{errors.Count} champ(s) ne respectent pas le standard : rien n'a été enregistré.", "place.invalid", errors);
        }

        var place = await db.Places().AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        var body = new MemoryStream();
        await using (var json = new Utf8JsonWriter(body, JsonOptions))
        {
            json.WriteStartObject();
            PlaceJsonWriter.WriteFields(json, place);
            json.WriteEndObject();
        }

        return TypedResults.Bytes(body.ToArray(), "application/json");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string title, string detail, string code, Dictionary<string, object?>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }

    private static string? ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(ToText).Where(v => !string.IsNullOrEmpty(v))),
        _ => value.GetRawText(),
    };

    /// <summary>One problem of one field in a 422 answer: a stable code and a French message.</summary>
    public sealed record FieldError(string Code, string Message);
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Relais.Web.Standard;

namespace Relais.Web.Features.Places.Search;

/// <summary>
/// Documents the search's query parameters in the OpenAPI document (the endpoints read the raw query string
/// to refuse unknown parameters, so the generator cannot see them): names, meaning in French, allowed values.
/// </summary>
public static class SearchParametersOpenApi
{
    private static readonly string[] SearchPaths = ["api/v1/places", "api/v1/places/", "api/v1/places/export.csv"];

    public static OpenApiOptions AddSearchParameters(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (SearchPaths.Contains(context.Description.RelativePath, StringComparer.Ordinal))
            {
                operation.Parameters ??= [];
                foreach (var parameter in Parameters(context.Description.RelativePath!.EndsWith(".csv", StringComparison.Ordinal)))
                {
                    operation.Parameters.Add(parameter);
                }
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static IEnumerable<OpenApiParameter> Parameters(bool export)
    {
        yield return Number("latitude", "Latitude WGS84 du point de recherche (avec longitude).");
        yield return Number("longitude", "Longitude WGS84 du point de recherche (avec latitude).");
        yield return Text("commune", "Code INSEE ou nom de la commune ; un nom partagé par plusieurs communes répond 400 search.commune_ambiguous avec les choix.");
        yield return Text("code_postal", "Code postal (5 chiffres).");
        yield return Number("rayon", "Rayon en km autour du point ou du centre de la commune, de 1 à 100 (10 par défaut).");
        yield return Text("departement", "Codes de départements (any of).");
        yield return Text("region", "Codes de régions (any of).");
        yield return Text("q", "Nom du lieu : sans accents ni casse, tolère les fautes de frappe.");
        yield return Values(Vocabularies.Services.Field, "Services proposés (any of).", Vocabularies.Services.Values);
        yield return Values(Vocabularies.TargetPublics.Field, "Publics spécifiquement adressés (all of).", Vocabularies.TargetPublics.Values);
        yield return Values(Vocabularies.SpecificSupports.Field, "Prises en charge spécifiques (all of).", Vocabularies.SpecificSupports.Values);
        yield return Values(Vocabularies.FeeConditions.Field, "Frais à charge (any of).", Vocabularies.FeeConditions.Values);
        yield return Values(Vocabularies.SupportModes.Field, "Modalités d'accompagnement (any of).", Vocabularies.SupportModes.Values);
        yield return Values(Vocabularies.AccessModes.Field, "Modalités d'accès (any of).", Vocabularies.AccessModes.Values);
        yield return Values(Vocabularies.NationalProgrammes.Field, "Dispositifs et programmes nationaux (any of).", Vocabularies.NationalProgrammes.Values);
        yield return Values(Vocabularies.TrainingLabels.Field, "Formations et labels (any of).", Vocabularies.TrainingLabels.Values);
        yield return Values("typologie", "Codes de typologie (any of).", Typologies.All.Select(t => t.Code));
        yield return Flag("prise_rdv", "Seulement les lieux avec une prise de rendez-vous en ligne.");
        yield return Flag("fiche_acces_libre", "Seulement les lieux dont l'accessibilité est décrite.");
        yield return Text("ouvert_le", "Ouvert à cet instant (date-heure ISO 8601 ; heure de Paris sans décalage).");
        yield return Flag("ouvert_maintenant", "Ouvert maintenant.");
        yield return Flag("ouvert_le_week_end", "Ouvert le samedi ou le dimanche.");
        yield return Values(AvailabilitySlot.Parameter, "Demi-journées où la personne est disponible (any of) : lieu ouvert pendant l'une d'elles dans les deux semaines.", AvailabilitySlot.AllKeys);
        if (export)
        {
            yield return Flag("strict", "Seulement les 32 colonnes du standard : sans la colonne « sources » (fiches sources de chaque lieu, « source:id » séparées par |).");
        }
        else
        {
            yield return Number("page", "Page de résultats (1 par défaut).");
            yield return Number("page_size", "Lieux par page, 100 au plus (20 par défaut).");
            yield return Values("format", "json (par défaut) ou geojson.", ["json", "geojson"], repeated: false);
        }
    }

    private static OpenApiParameter Text(string name, string description) => Parameter(name, description, new OpenApiSchema { Type = JsonSchemaType.String });

    private static OpenApiParameter Number(string name, string description) => Parameter(name, description, new OpenApiSchema { Type = JsonSchemaType.Number });

    private static OpenApiParameter Flag(string name, string description) => Parameter(name, description, new OpenApiSchema { Type = JsonSchemaType.Boolean });

    /// <summary>A list parameter: repeated or <c>|</c>-separated, each value exactly one of the standard's.</summary>
    private static OpenApiParameter Values(string name, string description, IEnumerable<string> allowed, bool repeated = true)
    {
        var item = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. allowed.Select(v => (JsonNode)JsonValue.Create(v))] };
        var schema = repeated ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = item } : item;
        var parameter = Parameter(name, repeated ? description + " Valeurs répétées ou séparées par |." : description, schema);
        parameter.Explode = repeated;
        return parameter;
    }

    private static OpenApiParameter Parameter(string name, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Query, Description = description, Required = false, Schema = schema };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

/// <summary>The public places API, <c>/api/v1/places</c>: places in the standard's JSON form.</summary>
public static class PlacesEndpoints
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapPlacesEndpoints(this IEndpointRouteBuilder app)
    {
        var places = app.MapGroup("/api/v1/places").WithTags("Lieux");
        places.MapGet("/", SearchAsync).WithName("SearchPlaces").WithSummary("Recherche de lieux (filtres du standard, distance, horaires)");
        places.MapGet("/export.csv", ExportAsync).WithName("ExportPlaces").WithSummary("Les lieux de la recherche au format CSV du standard");
        places.MapGet("/points.geojson", PointsAsync).WithName("SearchPlacePoints").WithSummary("Positions de tous les lieux de la recherche (id et nom, GeoJSON léger pour une carte, 5 000 au plus)");
        places.MapGet("/{id}", GetAsync).WithName("GetPlace").WithSummary("Un lieu au format JSON du standard");
        places.MapPlaceWrites();
        return app;
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, SearchPlacesHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        var (query, error) = SearchParameters.Parse(request.Query, time.GetUtcNow());
        if (error is not null)
        {
            return Problem(error);
        }

        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "geojson"))
        {
            return Problem(new SearchError("search.invalid_value", $"« format » vaut json ou geojson (reçu : « {format} »).", ["json", "geojson"]));
        }

        var (result, searchError) = await handler.HandleAsync(query!, cancellationToken);
        if (searchError is not null)
        {
            return Problem(searchError);
        }

        var body = new MemoryStream();
        await using (var json = new Utf8JsonWriter(body, JsonOptions))
        {
            if (format == "geojson")
            {
                PlacesGeoJson.Write(json, result!);
            }
            else
            {
                WritePage(json, result!);
            }
        }

        return TypedResults.Bytes(body.ToArray(), format == "geojson" ? "application/geo+json" : "application/json");
    }

    private static async Task<IResult> GetAsync(string id, AppDbContext db, CancellationToken cancellationToken)
    {
        var place = await db.PublishedPlaces().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lieu introuvable", detail: $"Aucun lieu n'a l'identifiant « {id} ».", extensions: new Dictionary<string, object?> { ["code"] = "place.not_found" });
        }

        // A source record merged into another place: its address leads, for good, to the merged place.
        if (place.MergedIntoId is { } merged)
        {
            return TypedResults.RedirectToRoute("GetPlace", new { id = merged }, permanent: true);
        }

        var body = new MemoryStream();
        await using (var json = new Utf8JsonWriter(body, JsonOptions))
        {
            json.WriteStartObject();
            PlaceJsonWriter.WriteFields(json, place);
            json.WriteEndObject();
        }

        return TypedResults.Bytes(body.ToArray(), "application/json");
    }

    private static async Task<IResult> ExportAsync(HttpContext context, SearchPlacesHandler handler, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var strictValue = context.Request.Query["strict"].ToString();
        if (strictValue is not ("" or "true" or "false"))
        {
            return Problem(new SearchError("search.invalid_value", $"« strict » vaut true ou false (reçu : « {strictValue} »).", ["true", "false"]));
        }

        var parameters = context.Request.Query.Where(p => p.Key is not ("page" or "page_size" or "strict"));
        var (query, error) = SearchParameters.Parse(parameters, time.GetUtcNow());
        if (error is not null)
        {
            return Problem(error);
        }

        var (result, searchError) = await handler.HandleAsync(query! with { Page = 1, PageSize = int.MaxValue }, cancellationToken);
        if (searchError is not null)
        {
            return Problem(searchError);
        }

        var places = result!.Items.Select(i => i.Place).ToList();
        var records = strictValue == "true" ? null : await ContributingRecords.LoadAsync(db, [.. places.Where(p => p.IsMerged).Select(p => p.Id)], cancellationToken);
        return new StreamedCsv(places, records);
    }

    private static async Task<IResult> PointsAsync(HttpRequest request, SearchPlacesHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        var parameters = request.Query.Where(p => p.Key is not ("page" or "page_size"));
        var (query, error) = SearchParameters.Parse(parameters, time.GetUtcNow());
        var (result, searchError) = error is null ? await handler.HandlePointsAsync(query!, cancellationToken) : (null, error);
        if (searchError is not null)
        {
            return Problem(searchError);
        }

        var body = new MemoryStream();
        await using (var json = new Utf8JsonWriter(body, JsonOptions))
        {
            PlacesGeoJson.WritePoints(json, result!);
        }

        return TypedResults.Bytes(body.ToArray(), "application/geo+json");
    }

    private static void WritePage(Utf8JsonWriter json, SearchPlacesResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("total", result.Total);
        json.WriteNumber("page", result.Page);
        json.WriteNumber("page_size", result.PageSize);
        json.WriteStartArray("items");
        foreach (var hit in result.Items)
        {
            json.WriteStartObject();
            PlaceJsonWriter.WriteFields(json, hit.Place);
            if (hit.DistanceKm is { } distance)
            {
                json.WriteNumber("distance_km", distance);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static ProblemHttpResult Problem(SearchError error) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Recherche invalide",
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["allowed"] = error.Choices });

    /// <summary>The standard's CSV, streamed to the response, with the <c>sources</c> column unless strict (no records given).</summary>
    private sealed class StreamedCsv(IReadOnlyList<Place> places, ContributingRecords? records) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "text/csv; charset=utf-8";
            httpContext.Response.Headers.ContentDisposition = "attachment; filename=\"lieux-de-mediation-numerique.csv\"";
            if (records is null)
            {
                await PlaceFileWriter.WriteAllAsync(httpContext.Response.Body, PlaceFileSyntax.Csv, places.Select(p => (Standard.StandardPlace)p).ToAsyncEnumerable(), httpContext.RequestAborted);
            }
            else
            {
                await ExportPlacesHandler.WriteCsvWithSourcesAsync(httpContext.Response.Body, places.ToAsyncEnumerable(), records, httpContext.RequestAborted);
            }
        }
    }
}

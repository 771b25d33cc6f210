using System.Text.Json;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places.Search;

/// <summary>Searches as GeoJSON FeatureCollections (places without a position are left out).</summary>
public static class PlacesGeoJson
{
    public static void Write(Utf8JsonWriter json, SearchPlacesResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteNumber("total", result.Total);
        json.WriteStartArray("features");
        foreach (var hit in result.Items.Where(h => h.Place.Latitude is not null && h.Place.Longitude is not null))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(hit.Place.Longitude!.Value);
            json.WriteNumberValue(hit.Place.Latitude!.Value);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            PlaceJsonWriter.WriteFields(json, hit.Place);
            if (hit.DistanceKm is { } distance)
            {
                json.WriteNumber("distance_km", distance);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The light form for a map: each feature has the place's <c>id</c> and <c>nom</c> only; <c>total</c> counts
    /// every place found and <c>truncated</c> tells when positions were left out beyond the limit.
    /// </summary>
    public static void WritePoints(Utf8JsonWriter json, PlacePointsResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteNumber("total", result.Total);
        json.WriteBoolean("truncated", result.Points.Count == SearchLimits.MaxMapPoints && result.Total > result.Points.Count);
        json.WriteStartArray("features");
        foreach (var point in result.Points)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(point.Longitude);
            json.WriteNumberValue(point.Latitude);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("id", point.Id);
            json.WriteString("nom", point.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

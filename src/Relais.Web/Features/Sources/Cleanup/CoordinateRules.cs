using System.Globalization;
using Relais.Web.Infrastructure.Geo;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// Coordinates as sources write them (spec consolidation §6): comma decimals; <c>0</c> for "unknown";
/// Lambert-93 metres in the latitude/longitude columns (metropolitan sources only); latitude and longitude
/// swapped. A point that cannot be used is removed and reported; a place without a point gets its commune's
/// centre, flagged as approximate. (A point far from its commune is flagged by the validator.)
/// </summary>
public static class CoordinateRules
{
    public static void Apply(CleanupLog log, CommuneInfo? commune)
    {
        ArgumentNullException.ThrowIfNull(log);
        var latitude = Parse(log, Latitude);
        var longitude = Parse(log, Longitude);
        if (latitude is { } lat && longitude is { } lon)
        {
            (latitude, longitude) = Repair(log, lat, lon);
        }
        else if (latitude.HasValue != longitude.HasValue)
        {
            log.Warn(latitude.HasValue ? Longitude : Latitude, "coordinates.incomplete", "Latitude et longitude vont ensemble : une seule est renseignée, la position est ignorée.");
            Clear(log, "coordinates.incomplete");
            (latitude, longitude) = (null, null);
        }

        if (latitude is null && commune is { Latitude: { } centreLatitude, Longitude: { } centreLongitude })
        {
            log.Set(Latitude, Format(centreLatitude), "coordinates.commune_centre");
            log.Set(Longitude, Format(centreLongitude), "coordinates.commune_centre");
            log.LocationApproximate = true;
            log.Warn(Latitude, "coordinates.approximate", $"Position inconnue : le centre de {commune.NameWithArticle} est utilisé, le lieu est placé approximativement.");
        }
    }

    private static (double?, double?) Repair(CleanupLog log, double latitude, double longitude)
    {
        if (latitude == 0 || longitude == 0)
        {
            Clear(log, "coordinates.zero");
            return (null, null);
        }

        var overseas = FranceTerritory.DepartmentOfPostalCode(log[CodePostal]) is { Length: 3 };
        if (Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180)
        {
            // Which column holds the easting varies: the easting is the smaller number.
            var (x, y) = latitude < longitude ? (latitude, longitude) : (longitude, latitude);
            if (!overseas && Lambert93.IsPlausible(x, y) && Lambert93.ToWgs84(x, y) is var (lat, lon) && FranceTerritory.Contains(lat, lon))
            {
                log.Set(Latitude, Format(lat), "coordinates.lambert93");
                log.Set(Longitude, Format(lon), "coordinates.lambert93");
                return (lat, lon);
            }

            log.Warn(Latitude, "coordinates.unusable", $"Les coordonnées ({log[Latitude]}, {log[Longitude]}) ne sont ni des degrés ni du Lambert-93 en France : elles sont retirées.");
            Clear(log, "coordinates.unusable");
            return (null, null);
        }

        if (!FranceTerritory.Contains(latitude, longitude) && FranceTerritory.Contains(longitude, latitude))
        {
            log.Set(Latitude, Format(longitude), "coordinates.swapped");
            log.Set(Longitude, Format(latitude), "coordinates.swapped");
            log.Warn(Latitude, "coordinates.swapped", "Latitude et longitude étaient inversées : elles ont été remises dans l'ordre.");
            return (longitude, latitude);
        }

        return (latitude, longitude);
    }

    private static double? Parse(CleanupLog log, string field)
    {
        var raw = log[field]?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var text = raw;
        if (raw.Count(c => c == ',') == 1 && !raw.Contains('.', StringComparison.Ordinal))
        {
            text = raw.Replace(',', '.');
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            log.Warn(field, "coordinates.unusable", $"« {raw} » n'est pas un nombre : la position est retirée.");
            log.Set(field, null, "coordinates.unusable");
            return null;
        }

        if (text != raw)
        {
            log.Set(field, text, "coordinates.comma_decimal");
        }

        return value;
    }

    private static void Clear(CleanupLog log, string rule)
    {
        log.Set(Latitude, null, rule);
        log.Set(Longitude, null, rule);
    }

    private static string Format(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}

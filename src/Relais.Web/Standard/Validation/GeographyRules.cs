using System.Globalization;
using Relais.Web.Infrastructure.Geo;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Standard.Validation;

/// <summary>Consistency of code_postal, code_insee, commune and coordinates against the communes table.</summary>
internal static class GeographyRules
{
    public static CommuneInfo? Check(CommuneDirectory communes, StandardPlace place, List<ValidationIssue> issues)
    {
        var commune = Resolve(communes, place, issues);
        if (place.Latitude is not { } latitude || place.Longitude is not { } longitude)
        {
            return commune;
        }

        if (!FranceTerritory.Contains(latitude, longitude))
        {
            var swapped = FranceTerritory.Contains(longitude, latitude);
            issues.Add(new ValidationIssue(Latitude, "coordinates.outside_france", IssueSeverity.Warning, swapped
                ? $"Le point ({Format(latitude)}, {Format(longitude)}) est hors de France : latitude et longitude semblent inversées."
                : $"Le point ({Format(latitude)}, {Format(longitude)}) est hors de France."));
        }
        else if (commune is { Latitude: { } centreLatitude, Longitude: { } centreLongitude })
        {
            var distance = GeoDistance.Kilometres(latitude, longitude, centreLatitude, centreLongitude);
            if (distance > commune.PlausibleRadiusKm)
            {
                issues.Add(new ValidationIssue(Latitude, "coordinates.far_from_commune", IssueSeverity.Warning,
                    $"Le point est à {distance.ToString("0", CultureInfo.InvariantCulture)} km du centre de {commune.NameWithArticle} : vérifiez la position ou la commune."));
            }
        }

        return commune;
    }

    private static CommuneInfo? Resolve(CommuneDirectory communes, StandardPlace place, List<ValidationIssue> issues)
    {
        if (place.InseeCode is { Length: 5 } insee)
        {
            if (!communes.TryGet(insee, out var byCode))
            {
                if (CommuneDirectory.Covers(FranceTerritory.DepartmentOfInseeCode(insee)))
                {
                    issues.Add(ValidationIssue.Warning(CodeInsee, "unknown", $"Le code INSEE {insee} ne correspond à aucune commune actuelle."));
                }

                return null;
            }

            if (place.PostalCode.Length == 5 && !byCode.PostalCodes.Contains(place.PostalCode))
            {
                issues.Add(ValidationIssue.Warning(CodePostal, "mismatch",
                    $"Le code postal {place.PostalCode} n'est pas celui de {byCode.NameWithArticle} ({insee}) : {string.Join(", ", byCode.PostalCodes)}."));
            }

            if (place.Commune.Length > 0 && !communes.NameMatches(byCode, place.Commune))
            {
                issues.Add(ValidationIssue.Warning(StandardColumns.Commune, "mismatch",
                    $"La commune « {place.Commune} » ne correspond pas au code INSEE {insee} ({byCode.NameWithArticle})."));
            }

            return byCode;
        }

        if (place.PostalCode.Length != 5)
        {
            return null;
        }

        var candidates = communes.FindByPostalCode(place.PostalCode);
        if (candidates.Count == 0)
        {
            if (CommuneDirectory.Covers(FranceTerritory.DepartmentOfPostalCode(place.PostalCode)))
            {
                issues.Add(ValidationIssue.Warning(CodePostal, "unknown", $"Le code postal {place.PostalCode} n'existe pas."));
            }

            return null;
        }

        var byName = candidates.FirstOrDefault(c => communes.NameMatches(c, place.Commune));
        if (byName is null && place.Commune.Length > 0)
        {
            issues.Add(ValidationIssue.Warning(StandardColumns.Commune, "mismatch",
                $"La commune « {place.Commune} » ne correspond à aucune commune du code postal {place.PostalCode} ({string.Join(", ", candidates.Select(c => c.NameWithArticle))})."));
        }

        return byName ?? (candidates.Count == 1 ? candidates[0] : null);
    }

    private static string Format(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}

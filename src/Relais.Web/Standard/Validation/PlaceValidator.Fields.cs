using System.Globalization;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Standard.Validation;

/// <summary>The rules of single fields with a fixed shape: postcode, INSEE code, coordinates, ISO dates.</summary>
public sealed partial class PlaceValidator
{
    private static string CheckPostalCode(string? value, List<ValidationIssue> issues)
    {
        if (string.IsNullOrEmpty(value))
        {
            issues.Add(ValidationIssue.Error(CodePostal, "missing", "Le code postal est obligatoire."));
            return string.Empty;
        }

        if (value.Length != 5 || !value.All(char.IsAsciiDigit))
        {
            issues.Add(ValidationIssue.Error(CodePostal, "invalid", $"Le code postal « {value} » n'est pas valide : 5 chiffres attendus."));
        }

        return value;
    }

    private static string? CheckInseeCode(string? value, List<ValidationIssue> issues)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var valid = value.Length == 5 && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]) && char.IsAsciiDigit(value[4])
            && ((value[0] is '0' or '1' or (>= '3' and <= '9') && char.IsAsciiDigit(value[1]))
                || (value[0] == '2' && value[1] is (>= '1' and <= '9') or 'A' or 'B'));
        if (!valid)
        {
            issues.Add(ValidationIssue.Error(CodeInsee, "invalid", $"Le code INSEE « {value} » n'est pas valide : 5 caractères (2A/2B pour la Corse) attendus."));
        }

        return value;
    }

    private static (double?, double?) CheckCoordinates(string? latitudeText, string? longitudeText, List<ValidationIssue> issues)
    {
        var latitude = Coordinate(latitudeText, Latitude, 90, issues);
        var longitude = Coordinate(longitudeText, Longitude, 180, issues);
        if (latitude.HasValue != longitude.HasValue)
        {
            issues.Add(new ValidationIssue(latitude.HasValue ? Longitude : Latitude, "coordinates.incomplete", IssueSeverity.Warning, "Latitude et longitude vont ensemble : une seule est renseignée, la position est ignorée."));
            return (null, null);
        }

        return (latitude, longitude);
    }

    private static double? Coordinate(string? text, string field, double limit, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            issues.Add(ValidationIssue.Error(field, "invalid", $"La {(field == Latitude ? "latitude" : "longitude")} « {text} » n'est pas un nombre (séparateur décimal : le point)."));
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            issues.Add(ValidationIssue.Error(field, "out_of_range", $"La {(field == Latitude ? "latitude" : "longitude")} {text} est hors de l'intervalle [-{limit} ; {limit}] du système WGS84."));
            return null;
        }

        return value;
    }

    /// <summary>Exactly <c>yyyy-MM-dd</c>, an existing day (hand-written: the general parser is 40 times slower).</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}

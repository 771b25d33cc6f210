namespace Relais.Web.Infrastructure.Geo;

/// <summary>Where French places can be: metropolitan France, Corsica and the overseas territories.</summary>
public static class FranceTerritory
{
    // Generous boxes (south, west, north, east): a point outside all of them cannot be a French place.
    private static readonly (double South, double West, double North, double East)[] Boxes =
    [
        (41.2, -5.8, 51.2, 9.8),        // metropolitan France and Corsica
        (15.8, -63.2, 18.2, -60.8),     // Guadeloupe, Martinique, Saint-Martin, Saint-Barthélemy
        (14.3, -61.3, 14.9, -60.7),     // Martinique
        (2.0, -54.7, 5.9, -51.5),       // Guyane
        (-21.5, 55.1, -20.8, 55.9),     // La Réunion
        (-13.1, 44.9, -12.5, 45.4),     // Mayotte
        (46.7, -56.5, 47.2, -56.1),     // Saint-Pierre-et-Miquelon
        (-23.0, 163.5, -19.5, 168.2),   // Nouvelle-Calédonie
        (-28.0, -155.0, -7.0, -134.0),  // Polynésie française
        (-14.5, -178.3, -13.1, -176.0), // Wallis-et-Futuna
    ];

    public static bool Contains(double latitude, double longitude)
    {
        foreach (var box in Boxes)
        {
            if (latitude >= box.South && latitude <= box.North && longitude >= box.West && longitude <= box.East)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The département (or overseas collectivity) code of a postcode: <c>20xxx</c> is split into 2A/2B by the
    /// postcode ranges of Corsica, overseas codes have three digits.
    /// </summary>
    public static string? DepartmentOfPostalCode(string? postalCode)
    {
        if (postalCode is not { Length: 5 } || !postalCode.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (postalCode.StartsWith("20", StringComparison.Ordinal))
        {
            return postalCode[2] is '0' or '1' ? "2A" : "2B";
        }

        return postalCode.StartsWith("97", StringComparison.Ordinal) || postalCode.StartsWith("98", StringComparison.Ordinal)
            ? postalCode[..3]
            : postalCode[..2];
    }

    public static string? DepartmentOfInseeCode(string? inseeCode)
    {
        if (inseeCode is not { Length: 5 })
        {
            return null;
        }

        return inseeCode.StartsWith("97", StringComparison.Ordinal) || inseeCode.StartsWith("98", StringComparison.Ordinal)
            ? inseeCode[..3]
            : inseeCode[..2];
    }

    /// <summary>International dialling prefix for the territory of a postcode (overseas numbers differ).</summary>
    public static string PhonePrefixOfPostalCode(string? postalCode) => DepartmentOfPostalCode(postalCode) switch
    {
        "971" or "977" or "978" => "+590",
        "972" => "+596",
        "973" => "+594",
        "974" or "976" => "+262",
        "975" => "+508",
        "986" => "+681",
        "987" => "+689",
        "988" => "+687",
        _ => "+33",
    };
}

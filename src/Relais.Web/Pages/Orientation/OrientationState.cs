using System.Globalization;
using Microsoft.Extensions.Primitives;
using Relais.Web.Features.Places.Search;
using Relais.Web.Standard;

namespace Relais.Web.Pages.Orientation;

/// <summary>
/// The answers of the orientation journey. They travel in the query string, with the search API's parameter
/// names, so every step's URL can be shared or bookmarked and nothing about the person is stored.
/// </summary>
public sealed record OrientationState
{
    public static readonly int[] Radii = [5, 10, 20, 50, 100];

    /// <summary>Step 1 needs, grouped as on the national map's questionnaire.</summary>
    public static readonly IReadOnlyList<(string Group, string Hint, IReadOnlyList<string> Services)> NeedGroups =
    [
        ("Démarches", "Faire une démarche en ligne, chercher un emploi", ["Aide aux démarches administratives", "Insertion professionnelle via le numérique"]),
        ("Apprentissage de base", "Se servir d'un ordinateur, d'un téléphone, d'internet", ["Maîtrise des outils numériques du quotidien"]),
        ("Culture numérique", "Comprendre, se protéger, créer, accompagner ses enfants",
            ["Compréhension du monde numérique", "Utilisation sécurisée du numérique", "Loisirs et créations numériques", "Parentalité et éducation avec le numérique"]),
        ("Manque de matériel", "Accéder à un ordinateur, à internet, acheter du matériel", ["Accès internet et matériel informatique", "Acquisition de matériel informatique à prix solidaire"]),
    ];

    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>What the person typed: a commune or a postcode.</summary>
    public string Where { get; init; } = string.Empty;

    /// <summary>The INSEE code once the commune is known for sure.</summary>
    public string? Commune { get; init; }

    public int Radius { get; init; } = 10;

    public IReadOnlyList<string> SpecificSupports { get; init; } = [];

    public IReadOnlyList<string> TargetPublics { get; init; } = [];

    public IReadOnlyList<string> Availability { get; init; } = [];

    public bool HasPlace => Where.Length > 0 || Commune is not null;

    public static OrientationState From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var radius = int.TryParse(query["rayon"], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && Radii.Contains(r) ? r : 10;
        return new OrientationState
        {
            Services = Known(query["services"], Vocabularies.Services.Values),
            Where = query["ou"].ToString().Trim(),
            Commune = query["commune"].ToString() is { Length: 5 } code ? code : null,
            Radius = radius,
            SpecificSupports = Known(query["prise_en_charge_specifique"], Vocabularies.SpecificSupports.Values),
            TargetPublics = Known(query["publics_specifiquement_adresses"], Vocabularies.TargetPublics.Values),
            Availability = Known(query[AvailabilitySlot.Parameter], AvailabilitySlot.AllKeys),
        };
    }

    /// <summary>The query string of this state, e.g. to link to a step: "services=…&amp;ou=Valence&amp;rayon=10".</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        pairs.AddRange(Services.Select(v => Pair("services", v)));
        if (Where.Length > 0)
        {
            pairs.Add(Pair("ou", Where));
        }

        if (Commune is not null)
        {
            pairs.Add(Pair("commune", Commune));
        }

        pairs.Add(Pair("rayon", Radius.ToString(CultureInfo.InvariantCulture)));
        pairs.AddRange(SpecificSupports.Select(v => Pair("prise_en_charge_specifique", v)));
        pairs.AddRange(TargetPublics.Select(v => Pair("publics_specifiquement_adresses", v)));
        pairs.AddRange(Availability.Select(v => Pair(AvailabilitySlot.Parameter, v)));
        return string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>The hidden fields that carry the other steps' answers through a step's form.</summary>
    public IEnumerable<KeyValuePair<string, string>> HiddenFieldsExcept(params string[] names) =>
        ToQueryString().Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => Pair(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1])))
            .Where(p => !names.Contains(p.Key));

    /// <summary>The search these answers describe, in the API's parameters.</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> ToSearchParameters(int page)
    {
        if (Services.Count > 0)
        {
            yield return new("services", new StringValues([.. Services]));
        }

        if (Commune is not null)
        {
            yield return new("commune", Commune);
        }
        else if (Where.Length == 5 && Where.All(char.IsAsciiDigit))
        {
            yield return new("code_postal", Where);
        }
        else if (Where.Length > 0)
        {
            yield return new("commune", Where);
        }

        yield return new("rayon", Radius.ToString(CultureInfo.InvariantCulture));
        if (SpecificSupports.Count > 0)
        {
            yield return new("prise_en_charge_specifique", new StringValues([.. SpecificSupports]));
        }

        if (TargetPublics.Count > 0)
        {
            yield return new("publics_specifiquement_adresses", new StringValues([.. TargetPublics]));
        }

        if (Availability.Count > 0)
        {
            yield return new(AvailabilitySlot.Parameter, new StringValues([.. Availability]));
        }

        yield return new("page", page.ToString(CultureInfo.InvariantCulture));
    }

    public bool Has(string name, string value) => name switch
    {
        "services" => Services.Contains(value),
        "prise_en_charge_specifique" => SpecificSupports.Contains(value),
        "publics_specifiquement_adresses" => TargetPublics.Contains(value),
        AvailabilitySlot.Parameter => Availability.Contains(value),
        _ => false,
    };

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    // Values outside the standard's lists are dropped: a hand-edited link never breaks the journey.
    private static List<string> Known(StringValues values, IEnumerable<string> allowed)
    {
        var set = allowed.ToHashSet(StringComparer.Ordinal);
        return [.. values.SelectMany(v => (v ?? string.Empty).Split('|')).Where(set.Contains).Distinct()];
    }
}

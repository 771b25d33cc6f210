using System.Globalization;
using Microsoft.Extensions.Primitives;
using Relais.Web.Standard;

namespace Relais.Web.Features.Places.Search;

/// <summary>
/// Reads the query string of <c>GET /api/v1/places</c> (names and values exactly as in the standard,
/// multi-values repeated or <c>|</c>-separated). Unknown parameters and values are refused, never ignored.
/// </summary>
public static class SearchParameters
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "latitude", "longitude", "commune", "code_postal", "rayon", "departement", "region", "q", "services",
        "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "modalites_accompagnement",
        "modalites_acces", "dispositif_programmes_nationaux", "formations_labels", "typologie", "prise_rdv",
        "fiche_acces_libre", "ouvert_le", "ouvert_maintenant", "ouvert_le_week_end", AvailabilitySlot.Parameter, "page", "page_size", "format",
    };

    public static (SearchPlacesQuery? Query, SearchError? Error) Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = parameters.ToDictionary(p => p.Key, p => p.Value.SelectMany(v => (v ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(), StringComparer.Ordinal);
        if (values.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            return (null, new SearchError("search.unknown_parameter", $"Paramètre inconnu : « {unknown} ». Paramètres admis : {string.Join(", ", Known)}.", [.. Known]));
        }

        try
        {
            var latitude = Number(values, "latitude", -90, 90);
            var longitude = Number(values, "longitude", -180, 180);
            if (latitude.HasValue != longitude.HasValue)
            {
                throw new ParameterException("search.invalid_value", "latitude et longitude vont ensemble.", null);
            }

            var openNow = Flag(values, "ouvert_maintenant");
            var query = new SearchPlacesQuery
            {
                Latitude = latitude,
                Longitude = longitude,
                Commune = Single(values, "commune"),
                PostalCode = Single(values, "code_postal"),
                RadiusKm = Number(values, "rayon", SearchLimits.MinRadiusKm, SearchLimits.MaxRadiusKm) ?? SearchLimits.DefaultRadiusKm,
                Departments = values.GetValueOrDefault("departement") ?? [],
                Regions = values.GetValueOrDefault("region") ?? [],
                Text = Single(values, "q"),
                Services = Flags(values, Vocabularies.Services),
                TargetPublics = Flags(values, Vocabularies.TargetPublics),
                SpecificSupports = Flags(values, Vocabularies.SpecificSupports),
                FeeConditions = Flags(values, Vocabularies.FeeConditions),
                SupportModes = Flags(values, Vocabularies.SupportModes),
                AccessModes = Flags(values, Vocabularies.AccessModes),
                NationalProgrammes = Flags(values, Vocabularies.NationalProgrammes),
                TrainingLabels = Flags(values, Vocabularies.TrainingLabels),
                Typologies = TypologyCodes(values),
                OnlineBooking = Flag(values, "prise_rdv"),
                AccessibilitySheet = Flag(values, "fiche_acces_libre"),
                OpenAt = openNow ? now : Instant(values, "ouvert_le"),
                OpenOnWeekend = Flag(values, "ouvert_le_week_end"),
                Availability = Slots(values),
                Page = (int?)Number(values, "page", 1, 100_000) ?? 1,
                PageSize = (int?)Number(values, "page_size", 1, SearchLimits.MaxPageSize) ?? SearchLimits.DefaultPageSize,
            };
            return (query, null);
        }
        catch (ParameterException exception)
        {
            return (null, new SearchError(exception.Code, exception.Message, exception.Allowed));
        }
    }

    private static string? Single(Dictionary<string, List<string>> values, string name) =>
        values.TryGetValue(name, out var list) && list.Count > 0 ? string.Join(' ', list) : null;

    private static double? Number(Dictionary<string, List<string>> values, string name, double min, double max)
    {
        if (Single(values, name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ParameterException("search.invalid_value", $"« {name} » doit être un nombre entre {min.ToString(CultureInfo.InvariantCulture)} et {max.ToString(CultureInfo.InvariantCulture)} (reçu : « {text} »).", null);
        }

        return number;
    }

    private static bool Flag(Dictionary<string, List<string>> values, string name) => Single(values, name) switch
    {
        null or "true" or "1" or "oui" => values.ContainsKey(name),
        "false" or "0" or "non" => false,
        var other => throw new ParameterException("search.invalid_value", $"« {name} » vaut true ou false (reçu : « {other} »).", ["true", "false"]),
    };

    private static DateTimeOffset? Instant(Dictionary<string, List<string>> values, string name)
    {
        if (Single(values, name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && text.Contains('T', StringComparison.Ordinal))
        {
            // A date-time without offset is Paris wall-clock time.
            return text.Length <= 19 ? new DateTimeOffset(instant.DateTime, Infrastructure.ParisTime.Zone.GetUtcOffset(instant.DateTime)) : instant;
        }

        throw new ParameterException("search.invalid_value", $"« {name} » attend une date-heure ISO 8601, par exemple 2026-11-23T10:00 (reçu : « {text} »).", null);
    }

    private static TFlags Flags<TFlags>(Dictionary<string, List<string>> values, Vocabulary<TFlags> vocabulary)
        where TFlags : struct, Enum
    {
        var bits = 0;
        foreach (var value in values.GetValueOrDefault(vocabulary.Field) ?? [])
        {
            if (!vocabulary.TryParse(value, out var flag, out _))
            {
                throw new ParameterException("search.invalid_value", $"« {value} » n'est pas une valeur admise pour « {vocabulary.Field} ».", [.. vocabulary.Values]);
            }

            bits |= FlagBits.ToBits(flag);
        }

        return FlagBits.FromBits<TFlags>(bits);
    }

    private static List<string> TypologyCodes(Dictionary<string, List<string>> values)
    {
        var codes = new List<string>();
        foreach (var value in values.GetValueOrDefault("typologie") ?? [])
        {
            if (!Typologies.TryFind(value, out var typology, out _))
            {
                throw new ParameterException("search.invalid_value", $"« {value} » n'est pas un code de typologie.", [.. Typologies.All.Select(t => t.Code)]);
            }

            codes.Add(typology.Code);
        }

        return codes;
    }

    private static List<AvailabilitySlot> Slots(Dictionary<string, List<string>> values)
    {
        var slots = new List<AvailabilitySlot>();
        foreach (var value in values.GetValueOrDefault(AvailabilitySlot.Parameter) ?? [])
        {
            if (!AvailabilitySlot.TryParse(value, out var slot))
            {
                throw new ParameterException("search.invalid_value", $"« {value} » n'est pas un créneau : jour_moment, par exemple lundi_matin, mardi_apres_midi, samedi_soir.", AvailabilitySlot.AllKeys);
            }

            slots.Add(slot);
        }

        return slots;
    }

    private sealed class ParameterException(string code, string message, IReadOnlyList<string>? allowed) : Exception(message)
    {
        public string Code { get; } = code;

        public IReadOnlyList<string>? Allowed { get; } = allowed;
    }
}

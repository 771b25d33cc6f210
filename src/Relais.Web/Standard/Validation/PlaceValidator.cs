using System.Globalization;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.OpeningHours;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Standard.Validation;

public sealed record PlaceValidationResult(StandardPlace? Place, IReadOnlyList<ValidationIssue> Issues, CommuneInfo? Commune, bool HoursInterpretable)
{
    public bool IsValid => Place is not null;
}

/// <summary>
/// Validates rows of one file against the standard v1.0.x: returns every problem of a row, not only the first.
/// One instance per file (it remembers the ids already seen).
/// </summary>
public sealed partial class PlaceValidator(CommuneDirectory? communes, TimeProvider time)
{
    private const int SummaryMaxLength = 280;
    private const int MaxCachedCells = 20_000;
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);

    // Files repeat the same opening hours over and over ("Mo-Fr 09:00-12:00,14:00-17:00"): parse each once.
    private readonly Dictionary<string, OpeningHoursParseResult> _hours = new(StringComparer.Ordinal);

    // Likewise list cells ("Gratuit", the same combinations of services): exact-spelling cells are parsed once.
    private readonly Dictionary<string, int>[] _exactCells = [.. All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly DateOnly _today = ParisTime.Today(time);
    private readonly DateOnly _oneYearAgo = ParisTime.Today(time).AddYears(-1);

    /// <summary>Counts an id as seen without validating its row (an unchanged row skipped by an import); false if already seen.</summary>
    public bool Remember(string id) => _seenIds.Add(id);

    public PlaceValidationResult Validate(StandardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var issues = new List<ValidationIssue>(row.ReaderIssues);
        var place = new StandardPlace
        {
            Id = Required(row, Id, "id.missing", "L'identifiant du lieu (id) est obligatoire.", issues),
            Name = Required(row, Nom, "nom.missing", "Le nom du lieu est obligatoire.", issues),
            Commune = Required(row, Commune, "commune.missing", "La commune est obligatoire.", issues),
            Address = Required(row, Adresse, "adresse.missing", "L'adresse est obligatoire.", issues),
            AddressComplement = Optional(row, ComplementAdresse),
            SummaryPresentation = Optional(row, PresentationResume),
            DetailedPresentation = Optional(row, PresentationDetail),
            CollectedBy = Optional(row, Source),
            ParentNetwork = Optional(row, StructureParente),
            OpeningHours = Optional(row, Horaires),
        };

        if (place.Id.Length > 0 && !_seenIds.Add(place.Id))
        {
            issues.Add(ValidationIssue.Error(Id, "duplicate", $"L'identifiant « {place.Id} » est déjà utilisé par une ligne précédente : chaque lieu doit avoir un id unique."));
        }

        place.PostalCode = CheckPostalCode(row[CodePostal]?.Trim(), issues);
        place.InseeCode = CheckInseeCode(row[CodeInsee]?.Trim(), issues);
        place.Pivot = PivotRules.Check(row[Pivot], place.PostalCode, issues);
        (place.Latitude, place.Longitude) = CheckCoordinates(row[Latitude], row[Longitude], issues);
        place.Typologies = CheckTypologies(row[Typologie], issues);
        place.Phone = ContactRules.NormalizePhone(row[Telephone], place.PostalCode, issues);
        place.Emails = ContactRules.CheckEmails(row[Courriels], issues);
        place.Websites = ContactRules.CheckUrls(row[SiteWeb], SiteWeb, multiple: true, issues);
        place.AccessibilitySheetUrl = ContactRules.CheckUrls(row[FicheAccesLibre], FicheAccesLibre, multiple: false, issues);
        place.BookingUrl = ContactRules.CheckUrls(row[PriseRdv], PriseRdv, multiple: false, issues);
        place.UpdatedOn = CheckDate(row[DateMaj], issues);
        place.OtherLabels = ListSplitter.Split(row[AutresFormationsLabels], AutresFormationsLabels, issues) is { Count: > 0 } labels ? string.Join('|', labels.Distinct()) : null;
        place.Itinerancy = Enumerated(row[Itinerance], Vocabularies.Itinerancies, issues);
        place.Services = Enumerated(row[Services], Vocabularies.Services, issues);
        place.TargetPublics = Enumerated(row[PublicsSpecifiquementAdresses], Vocabularies.TargetPublics, issues);
        place.SpecificSupports = Enumerated(row[PriseEnChargeSpecifique], Vocabularies.SpecificSupports, issues);
        place.FeeConditions = Enumerated(row[FraisACharge], Vocabularies.FeeConditions, issues);
        place.NationalProgrammes = Enumerated(row[DispositifProgrammesNationaux], Vocabularies.NationalProgrammes, issues);
        place.TrainingLabels = Enumerated(row[FormationsLabels], Vocabularies.TrainingLabels, issues);
        place.AccessModes = Enumerated(row[ModalitesAcces], Vocabularies.AccessModes, issues);
        place.SupportModes = Enumerated(row[ModalitesAccompagnement], Vocabularies.SupportModes, issues);

        if (place.SummaryPresentation is { Length: > SummaryMaxLength } summary)
        {
            issues.Add(ValidationIssue.Error(PresentationResume, "too_long", $"La présentation résumée fait {summary.Length} caractères : 280 au plus."));
        }

        var hoursInterpretable = false;
        if (place.OpeningHours is { } hours && ParseHours(hours) is var parse && !(hoursInterpretable = parse.Success))
        {
            issues.Add(ValidationIssue.Warning(Horaires, "unparsable", $"Horaires non interprétables (« {hours} ») : {parse.ErrorMessage} Ils sont gardés tels quels."));
        }

        if (place.ParentNetwork is { Length: 14 } parent && parent.All(char.IsAsciiDigit))
        {
            issues.Add(ValidationIssue.Warning(StructureParente, "siret", "La structure parente est un numéro SIRET : le standard attend le nom du réseau ou de la structure."));
        }

        var commune = communes is null ? null : GeographyRules.Check(communes, place, issues);
        var valid = issues.TrueForAll(i => i.Severity != IssueSeverity.Error);
        return new PlaceValidationResult(valid ? place : null, issues, commune, hoursInterpretable);
    }

    private OpeningHoursParseResult ParseHours(string hours)
    {
        if (!_hours.TryGetValue(hours, out var result))
        {
            result = OpeningHoursSchedule.Parse(hours);
            if (_hours.Count < MaxCachedCells)
            {
                _hours[hours] = result;
            }
        }

        return result;
    }

    private static string Required(StandardRow row, string column, string code, string message, List<ValidationIssue> issues)
    {
        var value = row[column]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            issues.Add(new ValidationIssue(column, code, IssueSeverity.Error, message));
            return string.Empty;
        }

        return value;
    }

    private static string? Optional(StandardRow row, string column) => row[column]?.Trim() is { Length: > 0 } value ? value : null;

    private static string? CheckTypologies(string? raw, List<ValidationIssue> issues)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        // Fast path: canonical codes already, the cell is kept as is.
        var canonical = true;
        foreach (var range in raw.AsSpan().Split('|'))
        {
            if (!Standard.Typologies.IsCanonical(raw.AsSpan(range)))
            {
                canonical = false;
                break;
            }
        }

        if (canonical && !raw.Contains("||", StringComparison.Ordinal) && raw[^1] != '|')
        {
            return raw;
        }

        var codes = new List<string>();
        foreach (var item in ListSplitter.Split(raw, Typologie, issues))
        {
            if (Standard.Typologies.TryFind(item, out var typology, out _))
            {
                codes.Add(typology.Code);
            }
            else
            {
                issues.Add(ValidationIssue.Warning(Typologie, "unknown", $"La typologie « {item} » n'est pas un code connu : elle est enregistrée comme « Autre »."));
                codes.Add("Autre");
            }
        }

        return codes.Count == 0 ? null : string.Join('|', codes.Distinct());
    }

    private DateOnly CheckDate(string? raw, List<ValidationIssue> issues)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            issues.Add(ValidationIssue.Error(DateMaj, "missing", "La date de mise à jour (date_maj) est obligatoire."));
            return default;
        }

        // ISO 8601 only: a date, or a date-time whose date part is kept. "02/04/2024" is ambiguous and refused.
        var datePart = text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text;
        if (!TryParseIsoDate(datePart, out var date))
        {
            issues.Add(ValidationIssue.Error(DateMaj, "invalid", $"La date de mise à jour « {text} » n'est pas valide : format AAAA-MM-JJ attendu."));
            return default;
        }

        if (date > _today)
        {
            issues.Add(ValidationIssue.Warning(DateMaj, "future", $"La date de mise à jour {date:yyyy-MM-dd} est dans le futur."));
        }
        else if (date < _oneYearAgo)
        {
            issues.Add(ValidationIssue.Warning(DateMaj, "stale", $"La date de mise à jour {date:yyyy-MM-dd} a plus d'un an : les informations sont peut-être périmées."));
        }

        return date;
    }

    private TFlags Enumerated<TFlags>(string? raw, Vocabulary<TFlags> vocabulary, List<ValidationIssue> issues)
        where TFlags : struct, Enum
    {
        if (string.IsNullOrEmpty(raw))
        {
            return default;
        }

        var cache = _exactCells[IndexOf(vocabulary.Field)];
        if (cache.TryGetValue(raw, out var cached))
        {
            return FlagBits.FromBits<TFlags>(cached);
        }

        // Fast path, allocation-free: every item spelled exactly as in the standard (the common case).
        var bits = 0;
        var allExact = true;
        foreach (var range in raw.AsSpan().Split('|'))
        {
            if (vocabulary.TryParseExact(raw.AsSpan(range), out var bit))
            {
                bits |= bit;
            }
            else
            {
                allExact = false;
                break;
            }
        }

        if (allExact)
        {
            if (cache.Count < MaxCachedCells)
            {
                cache[raw] = bits;
            }

            return FlagBits.FromBits<TFlags>(bits);
        }

        bits = 0;
        foreach (var item in ListSplitter.Split(raw, vocabulary.Field, issues))
        {
            if (vocabulary.TryParse(item, out var flag, out _))
            {
                bits |= FlagBits.ToBits(flag);
            }
            else
            {
                issues.Add(ValidationIssue.Error(vocabulary.Field, "invalid", $"La valeur « {item} » n'est pas admise pour « {vocabulary.Field} ». Valeurs admises : {string.Join(", ", vocabulary.Values)}."));
            }
        }

        return FlagBits.FromBits<TFlags>(bits);
    }
}

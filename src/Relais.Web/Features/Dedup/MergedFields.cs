using System.Text.Json;
using Relais.Web.Features.Places;
using Relais.Web.Standard;
using Relais.Web.Standard.Writing;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Dedup;

/// <summary>Why a merged place's field has the value it has.</summary>
public enum ProvenanceReason
{
    /// <summary>Only one record gives a value.</summary>
    OnlySource,

    /// <summary>Every record that gives a value gives this one.</summary>
    Agreed,

    /// <summary>Records disagree; the most trusted source (lowest trust rank) wins.</summary>
    MostTrusted,

    /// <summary>Records of equally trusted sources disagree; the most recently updated wins.</summary>
    MostRecent,

    /// <summary>A person edited the merged place (written by place edits, never by the merge).</summary>
    ManualEdit,
}

/// <summary>One field of a merged place: the record that gave the value and why.</summary>
public sealed record FieldProvenance(string Record, ProvenanceReason Reason)
{
    public static string Label(ProvenanceReason reason) => reason switch
    {
        ProvenanceReason.OnlySource => "seule source renseignée",
        ProvenanceReason.Agreed => "identique dans les sources",
        ProvenanceReason.MostTrusted => "source la plus fiable",
        ProvenanceReason.MostRecent => "plus récent",
        ProvenanceReason.ManualEdit => "modification manuelle",
        _ => reason.ToString(),
    };
}

/// <summary>A record of a group with the trust rank of its source (1 = most trusted).</summary>
public sealed record GroupRecord(Place Place, int TrustRank)
{
    public string Key => $"{Place.SourceName}:{Place.SourceRecordId}";
}

/// <summary>
/// Chooses each field of a merged place among its records (pure): records are ranked by trust, then by
/// <c>date_maj</c>, then by import time; each field takes the first non-empty value. The address fields travel
/// together (commune, postcode, INSEE code, address, complement), and so do latitude and longitude, for which a
/// precise point beats a commune's centre. <c>date_maj</c> is the most recent of the records.
/// </summary>
public static class MergedFields
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    private static readonly string[] AddressBlock = [Adresse, ComplementAdresse, Commune, CodePostal, CodeInsee];
    private static readonly string[] PositionBlock = [Latitude, Longitude];

    public sealed record Result(StandardPlace Fields, Place AddressFrom, Place PositionFrom, Place HoursFrom, IReadOnlyDictionary<string, FieldProvenance> Provenance);

    public static Result Choose(string mergedId, IReadOnlyList<GroupRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("A merged place has records.", nameof(records));
        }

        var ranked = records.OrderBy(r => r.TrustRank).ThenByDescending(r => r.Place.UpdatedOn).ThenByDescending(r => r.Place.ImportedAt)
            .ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        // Cells by rank; a merge chooses among a handful of records for each of 30 columns, 50,000 groups at a time: no LINQ here.
        var cells = ranked.ConvertAll(r => StandardCells.From(r.Place));
        foreach (var row in cells.Where(c => c[IndexOf(Pivot)] == StandardCells.UnknownPivot))
        {
            row[IndexOf(Pivot)] = null;
        }

        var merged = new StandardPlace { Id = mergedId };
        var provenance = new Dictionary<string, FieldProvenance>(StringComparer.Ordinal);
        var byRank = Enumerable.Range(0, ranked.Count).ToArray();
        GroupRecord Pick(string column, IReadOnlyList<string> block, int[] order)
        {
            var index = IndexOf(column);
            int chosen = -1, present = 0;
            bool disagree = false, othersLessTrusted = true;
            foreach (var i in order)
            {
                var value = cells[i][index];
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                present++;
                if (chosen < 0)
                {
                    chosen = i;
                }
                else if (value != cells[chosen][index])
                {
                    disagree = true;
                    othersLessTrusted &= ranked[i].TrustRank > ranked[chosen].TrustRank;
                }
            }

            if (chosen < 0)
            {
                return ranked[0];
            }

            var reason = present == 1 ? ProvenanceReason.OnlySource
                : !disagree ? ProvenanceReason.Agreed
                : othersLessTrusted ? ProvenanceReason.MostTrusted
                : ProvenanceReason.MostRecent;
            foreach (var field in block)
            {
                Copy(field, ranked[chosen].Place, merged);
                if (!string.IsNullOrEmpty(cells[chosen][IndexOf(field)]))
                {
                    provenance[field] = new FieldProvenance(ranked[chosen].Key, reason);
                }
            }

            return ranked[chosen];
        }

        var addressFrom = Pick(Adresse, AddressBlock, byRank);
        var positionFrom = Pick(Latitude, PositionBlock, [.. byRank.OrderBy(i => ranked[i].Place.LocationApproximate)]);
        GroupRecord hoursFrom = ranked[0];
        foreach (var column in All)
        {
            if (column is Id or DateMaj || AddressBlock.Contains(column) || PositionBlock.Contains(column))
            {
                continue;
            }

            var chosen = Pick(column, [column], byRank);
            if (column == Horaires)
            {
                hoursFrom = chosen;
            }
        }

        var latest = ranked.OrderByDescending(r => r.Place.UpdatedOn).First();
        merged.UpdatedOn = latest.Place.UpdatedOn;
        provenance[DateMaj] = new FieldProvenance(latest.Key, ranked.All(r => r.Place.UpdatedOn == latest.Place.UpdatedOn) ? ProvenanceReason.Agreed : ProvenanceReason.MostRecent);
        return new Result(merged, addressFrom.Place, positionFrom.Place, hoursFrom.Place, provenance);
    }

    public static string Serialize(IReadOnlyDictionary<string, FieldProvenance> provenance) => JsonSerializer.Serialize(provenance, Json);

    public static IReadOnlyDictionary<string, FieldProvenance> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, FieldProvenance>() : JsonSerializer.Deserialize<Dictionary<string, FieldProvenance>>(json, Json) ?? [];

    private static void Copy(string column, StandardPlace from, StandardPlace to)
    {
        switch (column)
        {
            case Pivot: to.Pivot = from.Pivot; break;
            case Nom: to.Name = from.Name; break;
            case Commune: to.Commune = from.Commune; break;
            case CodePostal: to.PostalCode = from.PostalCode; break;
            case CodeInsee: to.InseeCode = from.InseeCode; break;
            case Adresse: to.Address = from.Address; break;
            case ComplementAdresse: to.AddressComplement = from.AddressComplement; break;
            case Latitude: to.Latitude = from.Latitude; break;
            case Longitude: to.Longitude = from.Longitude; break;
            case Typologie: to.Typologies = from.Typologies; break;
            case Telephone: to.Phone = from.Phone; break;
            case Courriels: to.Emails = from.Emails; break;
            case SiteWeb: to.Websites = from.Websites; break;
            case Horaires: to.OpeningHours = from.OpeningHours; break;
            case PresentationResume: to.SummaryPresentation = from.SummaryPresentation; break;
            case PresentationDetail: to.DetailedPresentation = from.DetailedPresentation; break;
            case Source: to.CollectedBy = from.CollectedBy; break;
            case Itinerance: to.Itinerancy = from.Itinerancy; break;
            case StructureParente: to.ParentNetwork = from.ParentNetwork; break;
            case Services: to.Services = from.Services; break;
            case PublicsSpecifiquementAdresses: to.TargetPublics = from.TargetPublics; break;
            case PriseEnChargeSpecifique: to.SpecificSupports = from.SpecificSupports; break;
            case FraisACharge: to.FeeConditions = from.FeeConditions; break;
            case DispositifProgrammesNationaux: to.NationalProgrammes = from.NationalProgrammes; break;
            case FormationsLabels: to.TrainingLabels = from.TrainingLabels; break;
            case AutresFormationsLabels: to.OtherLabels = from.OtherLabels; break;
            case ModalitesAcces: to.AccessModes = from.AccessModes; break;
            case ModalitesAccompagnement: to.SupportModes = from.SupportModes; break;
            case FicheAccesLibre: to.AccessibilitySheetUrl = from.AccessibilitySheetUrl; break;
            case PriseRdv: to.BookingUrl = from.BookingUrl; break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column, "Not a copied field.");
        }
    }
}

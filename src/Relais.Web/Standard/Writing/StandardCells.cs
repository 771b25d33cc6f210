using System.Globalization;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Standard.Writing;

/// <summary>A place as the 32 text cells of the standard v1.0.x, canonical spellings, null for empty.</summary>
public static class StandardCells
{
    /// <summary>Written when the pivot is unknown: the schema requires a value and consumers expect this one.</summary>
    public const string UnknownPivot = "00000000000000";

    public static string?[] From(StandardPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var cells = new string?[All.Count];
        cells[IndexOf(Id)] = place.Id;
        cells[IndexOf(Pivot)] = place.Pivot ?? UnknownPivot;
        cells[IndexOf(Nom)] = place.Name;
        cells[IndexOf(Commune)] = place.Commune;
        cells[IndexOf(CodePostal)] = place.PostalCode;
        cells[IndexOf(CodeInsee)] = place.InseeCode;
        cells[IndexOf(Adresse)] = place.Address;
        cells[IndexOf(ComplementAdresse)] = place.AddressComplement;
        cells[IndexOf(Latitude)] = place.Latitude?.ToString("R", CultureInfo.InvariantCulture);
        cells[IndexOf(Longitude)] = place.Longitude?.ToString("R", CultureInfo.InvariantCulture);
        cells[IndexOf(Typologie)] = place.Typologies;
        cells[IndexOf(Telephone)] = place.Phone;
        cells[IndexOf(Courriels)] = place.Emails;
        cells[IndexOf(SiteWeb)] = place.Websites;
        cells[IndexOf(Horaires)] = place.OpeningHours;
        cells[IndexOf(PresentationResume)] = place.SummaryPresentation;
        cells[IndexOf(PresentationDetail)] = place.DetailedPresentation;
        cells[IndexOf(Source)] = place.CollectedBy;
        cells[IndexOf(Itinerance)] = Flags(Vocabularies.Itinerancies, place.Itinerancy);
        cells[IndexOf(StructureParente)] = place.ParentNetwork;
        cells[IndexOf(DateMaj)] = place.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        cells[IndexOf(Services)] = Flags(Vocabularies.Services, place.Services);
        cells[IndexOf(PublicsSpecifiquementAdresses)] = Flags(Vocabularies.TargetPublics, place.TargetPublics);
        cells[IndexOf(PriseEnChargeSpecifique)] = Flags(Vocabularies.SpecificSupports, place.SpecificSupports);
        cells[IndexOf(FraisACharge)] = Flags(Vocabularies.FeeConditions, place.FeeConditions);
        cells[IndexOf(DispositifProgrammesNationaux)] = Flags(Vocabularies.NationalProgrammes, place.NationalProgrammes);
        cells[IndexOf(FormationsLabels)] = Flags(Vocabularies.TrainingLabels, place.TrainingLabels);
        cells[IndexOf(AutresFormationsLabels)] = place.OtherLabels;
        cells[IndexOf(ModalitesAcces)] = Flags(Vocabularies.AccessModes, place.AccessModes);
        cells[IndexOf(ModalitesAccompagnement)] = Flags(Vocabularies.SupportModes, place.SupportModes);
        cells[IndexOf(FicheAccesLibre)] = place.AccessibilitySheetUrl;
        cells[IndexOf(PriseRdv)] = place.BookingUrl;
        return cells;
    }

    private static string? Flags<TFlags>(Vocabulary<TFlags> vocabulary, TFlags flags)
        where TFlags : struct, Enum => vocabulary.Format(flags) is { Length: > 0 } text ? text : null;
}

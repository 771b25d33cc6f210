using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.PlaceEdits;

/// <summary>French names of the standard's fields (and the charter), for forms, messages and the history page.</summary>
public static class PlaceFieldLabels
{
    /// <summary>The charter's name in forms and in the history (not a column of the standard).</summary>
    public const string Charter = "charte";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Id] = "Identifiant",
        [Pivot] = "SIRET ou RNA de la structure",
        [Nom] = "Nom du lieu",
        [Commune] = "Commune",
        [CodePostal] = "Code postal",
        [CodeInsee] = "Code INSEE de la commune",
        [Adresse] = "Adresse",
        [ComplementAdresse] = "Complément d'adresse",
        [Latitude] = "Latitude",
        [Longitude] = "Longitude",
        [Typologie] = "Typologie de la structure",
        [Telephone] = "Téléphone",
        [Courriels] = "Courriels",
        [SiteWeb] = "Sites web",
        [Horaires] = "Horaires",
        [PresentationResume] = "Présentation résumée",
        [PresentationDetail] = "Présentation détaillée",
        [Source] = "Structure qui a collecté les données",
        [Itinerance] = "Itinérance",
        [StructureParente] = "Réseau ou structure parente",
        [DateMaj] = "Date de mise à jour",
        [Services] = "Services",
        [PublicsSpecifiquementAdresses] = "Publics spécifiquement adressés",
        [PriseEnChargeSpecifique] = "Prise en charge spécifique",
        [FraisACharge] = "Frais à charge",
        [DispositifProgrammesNationaux] = "Dispositifs et programmes nationaux",
        [FormationsLabels] = "Formations et labels",
        [AutresFormationsLabels] = "Autres formations et labels",
        [ModalitesAcces] = "Modalités d'accès",
        [ModalitesAccompagnement] = "Modalités d'accompagnement",
        [FicheAccesLibre] = "Fiche Accès libre (accessibilité)",
        [PriseRdv] = "Prise de rendez-vous en ligne",
        [Charter] = "Charte d'accompagnement",
    };

    public static string Of(string field) => Labels.GetValueOrDefault(field, field);
}

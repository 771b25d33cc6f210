using System.Collections.Frozen;

namespace Relais.Web.Standard;

/// <summary>The 32 columns of the standard v1.0.x, in schema order (the CSV header and the JSON keys).</summary>
public static class StandardColumns
{
    public const string Id = "id";
    public const string Pivot = "pivot";
    public const string Nom = "nom";
    public const string Commune = "commune";
    public const string CodePostal = "code_postal";
    public const string CodeInsee = "code_insee";
    public const string Adresse = "adresse";
    public const string ComplementAdresse = "complement_adresse";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Typologie = "typologie";
    public const string Telephone = "telephone";
    public const string Courriels = "courriels";
    public const string SiteWeb = "site_web";
    public const string Horaires = "horaires";
    public const string PresentationResume = "presentation_resume";
    public const string PresentationDetail = "presentation_detail";
    public const string Source = "source";
    public const string Itinerance = "itinerance";
    public const string StructureParente = "structure_parente";
    public const string DateMaj = "date_maj";
    public const string Services = "services";
    public const string PublicsSpecifiquementAdresses = "publics_specifiquement_adresses";
    public const string PriseEnChargeSpecifique = "prise_en_charge_specifique";
    public const string FraisACharge = "frais_a_charge";
    public const string DispositifProgrammesNationaux = "dispositif_programmes_nationaux";
    public const string FormationsLabels = "formations_labels";
    public const string AutresFormationsLabels = "autres_formations_labels";
    public const string ModalitesAcces = "modalites_acces";
    public const string ModalitesAccompagnement = "modalites_accompagnement";
    public const string FicheAccesLibre = "fiche_acces_libre";
    public const string PriseRdv = "prise_rdv";

    public static readonly IReadOnlyList<string> All =
    [
        Id, Pivot, Nom, Commune, CodePostal, CodeInsee, Adresse, ComplementAdresse, Latitude, Longitude,
        Typologie, Telephone, Courriels, SiteWeb, Horaires, PresentationResume, PresentationDetail, Source,
        Itinerance, StructureParente, DateMaj, Services, PublicsSpecifiquementAdresses, PriseEnChargeSpecifique,
        FraisACharge, DispositifProgrammesNationaux, FormationsLabels, AutresFormationsLabels, ModalitesAcces,
        ModalitesAccompagnement, FicheAccesLibre, PriseRdv,
    ];

    /// <summary>Required by 1.0.1 and later (1.0.0 also required <c>services</c>; we write the 1.0.1 set).</summary>
    public static readonly IReadOnlySet<string> Required = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Pivot, Nom, Commune, CodePostal, Adresse, DateMaj,
    };

    private static readonly FrozenDictionary<string, int> IndexByName =
        All.Select((name, index) => (name, index)).ToFrozenDictionary(p => p.name, p => p.index, StringComparer.Ordinal);

    public static int IndexOf(string name) => IndexByName.TryGetValue(name, out var index) ? index : -1;
}

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

    /// <summary>Position of a column in the schema order, -1 if unknown (a switch: this runs 32 times a row).</summary>
    public static int IndexOf(string name) => name switch
    {
        Id => 0,
        Pivot => 1,
        Nom => 2,
        Commune => 3,
        CodePostal => 4,
        CodeInsee => 5,
        Adresse => 6,
        ComplementAdresse => 7,
        Latitude => 8,
        Longitude => 9,
        Typologie => 10,
        Telephone => 11,
        Courriels => 12,
        SiteWeb => 13,
        Horaires => 14,
        PresentationResume => 15,
        PresentationDetail => 16,
        Source => 17,
        Itinerance => 18,
        StructureParente => 19,
        DateMaj => 20,
        Services => 21,
        PublicsSpecifiquementAdresses => 22,
        PriseEnChargeSpecifique => 23,
        FraisACharge => 24,
        DispositifProgrammesNationaux => 25,
        FormationsLabels => 26,
        AutresFormationsLabels => 27,
        ModalitesAcces => 28,
        ModalitesAccompagnement => 29,
        FicheAccesLibre => 30,
        PriseRdv => 31,
        _ => -1,
    };
}

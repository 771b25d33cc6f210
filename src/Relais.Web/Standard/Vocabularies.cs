namespace Relais.Web.Standard;

/// <summary>Exact values of the standard v1.0.x (1.0.2 value list), byte for byte.</summary>
public static class Vocabularies
{
    public static readonly Vocabulary<ServiceKind> Services = new("services",
    [
        (ServiceKind.AdministrativeProcedures, "Aide aux démarches administratives"),
        (ServiceKind.EverydayDigitalTools, "Maîtrise des outils numériques du quotidien"),
        (ServiceKind.ProfessionalIntegration, "Insertion professionnelle via le numérique"),
        (ServiceKind.SafeDigitalUse, "Utilisation sécurisée du numérique"),
        (ServiceKind.ParentingAndEducation, "Parentalité et éducation avec le numérique"),
        (ServiceKind.LeisureAndCreation, "Loisirs et créations numériques"),
        (ServiceKind.UnderstandingDigitalWorld, "Compréhension du monde numérique"),
        (ServiceKind.InternetAndEquipmentAccess, "Accès internet et matériel informatique"),
        (ServiceKind.AffordableEquipment, "Acquisition de matériel informatique à prix solidaire"),
    ],
    // The schema's description misspells the value; producers copy it.
    new Dictionary<string, ServiceKind> { ["Comprehension du monde numérique"] = ServiceKind.UnderstandingDigitalWorld });

    public static readonly Vocabulary<TargetPublic> TargetPublics = new("publics_specifiquement_adresses",
    [
        (TargetPublic.Youth, "Jeunes"),
        (TargetPublic.Students, "Étudiants"),
        (TargetPublic.FamiliesAndChildren, "Familles et/ou enfants"),
        (TargetPublic.Seniors, "Seniors"),
        (TargetPublic.Women, "Femmes"),
    ]);

    public static readonly Vocabulary<SpecificSupport> SpecificSupports = new("prise_en_charge_specifique",
    [
        (SpecificSupport.Deafness, "Surdité"),
        (SpecificSupport.MotorDisability, "Handicaps moteurs"),
        (SpecificSupport.MentalDisability, "Handicaps mentaux"),
        (SpecificSupport.Illiteracy, "Illettrisme"),
        (SpecificSupport.ForeignLanguagesEnglish, "Langues étrangères (anglais)"),
        (SpecificSupport.ForeignLanguagesOther, "Langues étrangères (autres)"),
        (SpecificSupport.VisualImpairment, "Déficience visuelle"),
    ]);

    public static readonly Vocabulary<FeeCondition> FeeConditions = new("frais_a_charge",
    [
        (FeeCondition.Free, "Gratuit"),
        (FeeCondition.FreeUnderConditions, "Gratuit sous condition"),
        (FeeCondition.Paying, "Payant"),
    ]);

    public static readonly Vocabulary<Itinerancy> Itinerancies = new("itinerance",
    [
        (Itinerancy.Mobile, "Itinérant"),
        (Itinerancy.Fixed, "Fixe"),
    ]);

    public static readonly Vocabulary<NationalProgramme> NationalProgrammes = new("dispositif_programmes_nationaux",
    [
        (NationalProgramme.AidantsConnect, "Aidants Connect"),
        (NationalProgramme.ReferenceDigitalLibraries, "Bibliothèques numérique de référence"),
        (NationalProgramme.PixCertification, "Certification PIX"),
        (NationalProgramme.ConseillersNumeriques, "Conseillers numériques"),
        (NationalProgramme.EmmausConnect, "Emmaüs Connect"),
        (NationalProgramme.FranceServices, "France Services"),
        (NationalProgramme.GrandeEcoleDuNumerique, "Grande école du numérique"),
        (NationalProgramme.CroixRouge, "La Croix Rouge"),
        (NationalProgramme.CafDigitalAccessPoint, "Point d'accès numérique CAF"),
        (NationalProgramme.PromeneursDuNet, "Promeneurs du net"),
        (NationalProgramme.RelaisNumeriqueEmmausConnect, "Relais numérique (Emmaüs Connect)"),
    ]);

    public static readonly Vocabulary<TrainingLabel> TrainingLabels = new("formations_labels",
    [
        (TrainingLabel.MonEspaceSante, "Formé à « Mon Espace Santé »"),
        (TrainingLabel.Duplex, "Formé à « DUPLEX » (illettrisme)"),
        (TrainingLabel.ArniaMedNumBfc, "Arnia/MedNum BFC (Bourgogne-Franche-Comté)"),
        (TrainingLabel.ReuseNormandie, "Collectif ressources et acteurs réemploi (Normandie)"),
        // Written with the space, as the reference library does; the schema on main has "numériques(La Poste)".
        (TrainingLabel.EtapesNumeriques, "Étapes numériques (La Poste)"),
        (TrainingLabel.FabriquesDeTerritoire, "Fabriques de Territoire"),
        (TrainingLabel.EclaireursDuNumerique, "Les Éclaireurs du numérique (Drôme)"),
        (TrainingLabel.MesPapiers, "Mes Papiers (Métropole de Lyon)"),
        (TrainingLabel.Ordi30, "ORDI 3.0"),
        (TrainingLabel.SudLabs, "SUD LABS (PACA)"),
    ],
    new Dictionary<string, TrainingLabel> { ["Étapes numériques"] = TrainingLabel.EtapesNumeriques });

    public static readonly Vocabulary<AccessMode> AccessModes = new("modalites_acces",
    [
        (AccessMode.WalkIn, "Se présenter"),
        (AccessMode.Phone, "Téléphoner"),
        (AccessMode.Email, "Contacter par mail"),
        (AccessMode.OnlineBooking, "Prendre un RDV en ligne"),
        (AccessMode.NoPublicReception, "Ce lieu n'accueille pas de public"),
        (AccessMode.EmailWithReferralSheet, "Envoyer un mail avec une fiche de prescription"),
    ],
    // Legacy alias cleaned by the ANCT DataSpace.
    new Dictionary<string, AccessMode> { ["Se présenter sur place"] = AccessMode.WalkIn });

    public static readonly Vocabulary<SupportMode> SupportModes = new("modalites_accompagnement",
    [
        (SupportMode.Autonomous, "En autonomie"),
        (SupportMode.Individual, "Accompagnement individuel"),
        (SupportMode.CollectiveWorkshop, "Dans un atelier collectif"),
        (SupportMode.Remote, "À distance"),
    ],
    new Dictionary<string, SupportMode> { ["Atelier collectif"] = SupportMode.CollectiveWorkshop, ["A distance"] = SupportMode.Remote });
}

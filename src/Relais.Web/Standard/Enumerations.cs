namespace Relais.Web.Standard;

// The enumerated list fields of the standard v1.x, as bit flags so that a place's values are stored in one
// integer column and filtered with "any of" / "all of" masks. The exact French values live in Vocabularies.

[Flags]
public enum ServiceKind
{
    None = 0,
    AdministrativeProcedures = 1 << 0,
    EverydayDigitalTools = 1 << 1,
    ProfessionalIntegration = 1 << 2,
    SafeDigitalUse = 1 << 3,
    ParentingAndEducation = 1 << 4,
    LeisureAndCreation = 1 << 5,
    UnderstandingDigitalWorld = 1 << 6,
    InternetAndEquipmentAccess = 1 << 7,
    AffordableEquipment = 1 << 8,
}

[Flags]
public enum TargetPublic
{
    None = 0,
    Youth = 1 << 0,
    Students = 1 << 1,
    FamiliesAndChildren = 1 << 2,
    Seniors = 1 << 3,
    Women = 1 << 4,
}

[Flags]
public enum SpecificSupport
{
    None = 0,
    Deafness = 1 << 0,
    MotorDisability = 1 << 1,
    MentalDisability = 1 << 2,
    Illiteracy = 1 << 3,
    ForeignLanguagesEnglish = 1 << 4,
    ForeignLanguagesOther = 1 << 5,
    VisualImpairment = 1 << 6,
}

[Flags]
public enum FeeCondition
{
    None = 0,
    Free = 1 << 0,
    FreeUnderConditions = 1 << 1,
    Paying = 1 << 2,
}

[Flags]
public enum Itinerancy
{
    None = 0,
    Mobile = 1 << 0,
    Fixed = 1 << 1,
}

[Flags]
public enum NationalProgramme
{
    None = 0,
    AidantsConnect = 1 << 0,
    ReferenceDigitalLibraries = 1 << 1,
    PixCertification = 1 << 2,
    ConseillersNumeriques = 1 << 3,
    EmmausConnect = 1 << 4,
    FranceServices = 1 << 5,
    GrandeEcoleDuNumerique = 1 << 6,
    CroixRouge = 1 << 7,
    CafDigitalAccessPoint = 1 << 8,
    PromeneursDuNet = 1 << 9,
    RelaisNumeriqueEmmausConnect = 1 << 10,
}

[Flags]
public enum TrainingLabel
{
    None = 0,
    MonEspaceSante = 1 << 0,
    Duplex = 1 << 1,
    ArniaMedNumBfc = 1 << 2,
    ReuseNormandie = 1 << 3,
    EtapesNumeriques = 1 << 4,
    FabriquesDeTerritoire = 1 << 5,
    EclaireursDuNumerique = 1 << 6,
    MesPapiers = 1 << 7,
    Ordi30 = 1 << 8,
    SudLabs = 1 << 9,
}

[Flags]
public enum AccessMode
{
    None = 0,
    WalkIn = 1 << 0,
    Phone = 1 << 1,
    Email = 1 << 2,
    OnlineBooking = 1 << 3,
    NoPublicReception = 1 << 4,
    EmailWithReferralSheet = 1 << 5,
}

[Flags]
public enum SupportMode
{
    None = 0,
    Autonomous = 1 << 0,
    Individual = 1 << 1,
    CollectiveWorkshop = 1 << 2,
    Remote = 1 << 3,
}

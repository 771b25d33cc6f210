namespace Relais.Web.Standard;

/// <summary>
/// One place of the standard v1.0.x with typed values: what the readers produce after validation and what the
/// writers serialise. Multi-valued free-text fields keep their items in order.
/// </summary>
public class StandardPlace
{
    public string Id { get; set; } = string.Empty;

    /// <summary>SIRET, RNA or RIDET; null when unknown (the <c>00000000000000</c> placeholder is never stored).</summary>
    public string? Pivot { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Commune { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string? InseeCode { get; set; }

    public string Address { get; set; } = string.Empty;

    public string? AddressComplement { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Typology codes joined by <c>|</c>, canonical spelling.</summary>
    public string? Typologies { get; set; }

    /// <summary>International form, e.g. <c>+33180059880</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>E-mail addresses joined by <c>|</c>.</summary>
    public string? Emails { get; set; }

    /// <summary>URLs joined by <c>|</c>.</summary>
    public string? Websites { get; set; }

    /// <summary>OSM opening_hours string, kept verbatim even when it cannot be interpreted.</summary>
    public string? OpeningHours { get; set; }

    public string? SummaryPresentation { get; set; }

    public string? DetailedPresentation { get; set; }

    /// <summary>Field <c>source</c>: the structure that collected the data.</summary>
    public string? CollectedBy { get; set; }

    public Itinerancy Itinerancy { get; set; }

    public string? ParentNetwork { get; set; }

    public DateOnly UpdatedOn { get; set; }

    public ServiceKind Services { get; set; }

    public TargetPublic TargetPublics { get; set; }

    public SpecificSupport SpecificSupports { get; set; }

    public FeeCondition FeeConditions { get; set; }

    public NationalProgramme NationalProgrammes { get; set; }

    public TrainingLabel TrainingLabels { get; set; }

    /// <summary>Free-text labels joined by <c>|</c>.</summary>
    public string? OtherLabels { get; set; }

    public AccessMode AccessModes { get; set; }

    public SupportMode SupportModes { get; set; }

    /// <summary>Field <c>fiche_acces_libre</c>: URL of the place's acceslibre page.</summary>
    public string? AccessibilitySheetUrl { get; set; }

    /// <summary>Field <c>prise_rdv</c>: URL of online booking.</summary>
    public string? BookingUrl { get; set; }

    public void CopyStandardFieldsFrom(StandardPlace other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Pivot = other.Pivot;
        Name = other.Name;
        Commune = other.Commune;
        PostalCode = other.PostalCode;
        InseeCode = other.InseeCode;
        Address = other.Address;
        AddressComplement = other.AddressComplement;
        Latitude = other.Latitude;
        Longitude = other.Longitude;
        Typologies = other.Typologies;
        Phone = other.Phone;
        Emails = other.Emails;
        Websites = other.Websites;
        OpeningHours = other.OpeningHours;
        SummaryPresentation = other.SummaryPresentation;
        DetailedPresentation = other.DetailedPresentation;
        CollectedBy = other.CollectedBy;
        Itinerancy = other.Itinerancy;
        ParentNetwork = other.ParentNetwork;
        UpdatedOn = other.UpdatedOn;
        Services = other.Services;
        TargetPublics = other.TargetPublics;
        SpecificSupports = other.SpecificSupports;
        FeeConditions = other.FeeConditions;
        NationalProgrammes = other.NationalProgrammes;
        TrainingLabels = other.TrainingLabels;
        OtherLabels = other.OtherLabels;
        AccessModes = other.AccessModes;
        SupportModes = other.SupportModes;
        AccessibilitySheetUrl = other.AccessibilitySheetUrl;
        BookingUrl = other.BookingUrl;
    }
}

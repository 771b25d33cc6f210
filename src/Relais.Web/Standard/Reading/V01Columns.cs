namespace Relais.Web.Standard.Reading;

/// <summary>The 29 columns of the standard v0.1.x, in schema order.</summary>
internal static class V01Columns
{
    public static readonly IReadOnlyList<string> All =
    [
        "id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse", "latitude",
        "longitude", "cle_ban", "typologie", "telephone", "courriel", "site_web", "horaires", "presentation_resume",
        "presentation_detail", "source", "structure_parente", "date_maj", "services", "publics_accueillis",
        "conditions_acces", "labels_nationaux", "labels_autres", "modalites_accompagnement", "accessibilite", "prise_rdv",
    ];

    public static readonly IReadOnlySet<string> Required = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj", "services",
    };

    /// <summary>Columns only v0.1 has: any of them in a header means a v0.1 file.</summary>
    public static readonly IReadOnlySet<string> Markers = new HashSet<string>(StringComparer.Ordinal)
    {
        "cle_ban", "courriel", "publics_accueillis", "conditions_acces", "labels_nationaux", "labels_autres", "accessibilite",
    };

    private static readonly Dictionary<string, int> IndexByName =
        All.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);

    public static int IndexOf(string name) => IndexByName[name];
}

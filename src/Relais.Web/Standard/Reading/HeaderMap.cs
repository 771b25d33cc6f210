using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>Which file column holds which standard column, and what the header says about the file.</summary>
internal sealed class HeaderMap
{
    private HeaderMap(StandardVersion version, int[] sourceIndexByColumn, IReadOnlyList<ValidationIssue> remarks)
    {
        Version = version;
        SourceIndexByColumn = sourceIndexByColumn;
        Remarks = remarks;
    }

    public StandardVersion Version { get; }

    /// <summary>For each column of the version's list, the index in the file row, or -1 when absent.</summary>
    public int[] SourceIndexByColumn { get; }

    public IReadOnlyList<ValidationIssue> Remarks { get; }

    public static StandardVersion DetectVersion(IEnumerable<string> names) =>
        names.Any(V01Columns.Markers.Contains) ? StandardVersion.V0x : StandardVersion.V1x;

    public static HeaderMap Build(IReadOnlyList<string> rawHeader)
    {
        var header = rawHeader.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var version = DetectVersion(header);
        var columns = version == StandardVersion.V0x ? V01Columns.All : StandardColumns.All;
        var required = version == StandardVersion.V0x ? V01Columns.Required : StandardColumns.Required;
        var known = columns.ToHashSet(StringComparer.Ordinal);
        if (!header.Any(known.Contains))
        {
            throw new PlaceFileException("file.not_standard",
                $"Ce fichier ne suit pas le standard des lieux de médiation numérique : aucune de ses colonnes ({string.Join(", ", header.Take(8))}…) n'est une colonne du standard (id, pivot, nom, commune, code_postal…).");
        }

        var missingRequired = required.Where(r => !header.Contains(r)).ToList();
        if (missingRequired.Count > 0)
        {
            throw new PlaceFileException("file.missing_required_columns",
                $"Colonnes obligatoires absentes : {string.Join(", ", missingRequired)}. Aucune ligne ne peut être valide sans elles.");
        }

        var remarks = new List<ValidationIssue>();
        var missing = columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            remarks.Add(FileIssue.Warning("missing_columns", $"Colonnes absentes (lues comme vides) : {string.Join(", ", missing)}. Le standard demande toutes ses colonnes, même vides."));
        }

        var extra = header.Where(h => !known.Contains(h)).ToList();
        if (extra.Count > 0)
        {
            remarks.Add(FileIssue.Warning("extra_columns", $"Colonnes hors standard ignorées : {string.Join(", ", extra)}."));
        }

        var duplicates = header.Where(known.Contains).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            remarks.Add(FileIssue.Warning("duplicate_columns", $"Colonnes en double (seule la première est lue) : {string.Join(", ", duplicates)}."));
        }

        var standardOrder = header.Where(known.Contains).Distinct().ToList();
        if (!standardOrder.SequenceEqual(columns.Where(header.Contains)))
        {
            remarks.Add(FileIssue.Warning("column_order", "Les colonnes ne sont pas dans l'ordre du standard : elles ont été lues par leur nom."));
        }

        var map = columns.Select(c => header.IndexOf(c)).ToArray();
        return new HeaderMap(version, map, remarks);
    }
}

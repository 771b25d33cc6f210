using System.Text.RegularExpressions;
using Relais.Web.Standard;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// List cells with the separators producers use instead of <c>|</c>: <c>;</c> (the v0.1 separator and the
/// stale README's), <c>,</c>, line breaks and <c> ou </c>; empty and repeated items are dropped. Commas only
/// separate items of enumerated fields, whose values never contain one; free-text labels keep theirs.
/// The cells of a file repeat (the same list of services on thousands of rows): each distinct cell is split once
/// per run.
/// </summary>
public sealed partial class ListRules
{
    /// <summary>Distinct cells remembered per kind of field; beyond, cells are split each time.</summary>
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<string, string> _enumerated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _freeText = new(StringComparer.Ordinal);

    private static readonly string[] EnumeratedFields =
    [
        Typologie, Itinerance, Services, PublicsSpecifiquementAdresses, PriseEnChargeSpecifique, FraisACharge,
        DispositifProgrammesNationaux, FormationsLabels, ModalitesAcces, ModalitesAccompagnement,
    ];

    public void Apply(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var field in EnumeratedFields)
        {
            Split(log, field, EnumeratedSeparator(), _enumerated);
        }

        Split(log, AutresFormationsLabels, FreeTextSeparator(), _freeText);
    }

    private static void Split(CleanupLog log, string field, Regex separator, Dictionary<string, string> remembered)
    {
        var raw = log[field];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        if (!remembered.TryGetValue(raw, out var list))
        {
            list = string.Join('|', separator.Split(raw).Select(i => i.Trim()).Where(i => i.Length > 0).DistinctBy(ValueKey.Lenient));
            if (remembered.Count < MaxRemembered)
            {
                remembered[raw] = list;
            }
        }

        log.Set(field, list, $"{field}.separator");
    }

    [GeneratedRegex(@"[|;,\r\n]+|\s+ou\s+", RegexOptions.CultureInvariant)]
    private static partial Regex EnumeratedSeparator();

    [GeneratedRegex(@"[|;\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex FreeTextSeparator();
}

using System.Text.RegularExpressions;
using Relais.Web.Standard;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// List cells with the separators producers use instead of <c>|</c>: <c>;</c> (the v0.1 separator and the
/// stale README's), <c>,</c>, line breaks and <c> ou </c>; empty and repeated items are dropped. Commas only
/// separate items of enumerated fields, whose values never contain one; free-text labels keep theirs.
/// </summary>
public static partial class ListRules
{
    private static readonly string[] EnumeratedFields =
    [
        Typologie, Itinerance, Services, PublicsSpecifiquementAdresses, PriseEnChargeSpecifique, FraisACharge,
        DispositifProgrammesNationaux, FormationsLabels, ModalitesAcces, ModalitesAccompagnement,
    ];

    public static void Apply(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var field in EnumeratedFields)
        {
            Split(log, field, EnumeratedSeparator());
        }

        Split(log, AutresFormationsLabels, FreeTextSeparator());
    }

    private static void Split(CleanupLog log, string field, Regex separator)
    {
        var raw = log[field];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        var items = separator.Split(raw).Select(i => i.Trim()).Where(i => i.Length > 0).DistinctBy(ValueKey.Lenient);
        log.Set(field, string.Join('|', items), $"{field}.separator");
    }

    [GeneratedRegex(@"[|;,\r\n]+|\s+ou\s+", RegexOptions.CultureInvariant)]
    private static partial Regex EnumeratedSeparator();

    [GeneratedRegex(@"[|;\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex FreeTextSeparator();
}

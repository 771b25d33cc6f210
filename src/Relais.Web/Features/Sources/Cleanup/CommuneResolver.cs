using System.Text.RegularExpressions;
using Relais.Web.Infrastructure.Geo;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// Finds the commune of a row in the bundled communes table (spec consolidation §5), in this order: the INSEE
/// code when the postcode agrees with it; postcode + name; postcode + former (merged) commune name; the INSEE
/// code alone; a name unique in France, then unique in the postcode's département; a former name likewise;
/// a postcode that serves a single commune. Then writes the official name, the INSEE code and, when the
/// commune has a single postcode, that postcode. Nothing is guessed beyond these steps.
/// </summary>
public sealed partial class CommuneResolver(CommuneDirectory communes)
{
    public CommuneInfo? Resolve(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var name = CleanName(log[Commune]);
        var postcode = log[CodePostal]?.Trim() ?? string.Empty;
        var insee = log[CodeInsee]?.Trim();
        var department = FranceTerritory.DepartmentOfPostalCode(postcode) ?? FranceTerritory.DepartmentOfInseeCode(insee);
        if (department is null ? string.IsNullOrEmpty(name) : !CommuneDirectory.Covers(department))
        {
            return null; // Nouvelle-Calédonie, Polynésie…: outside the table, the source's values are kept.
        }

        var (commune, method) = Find(name, postcode, insee, department);
        if (commune is null)
        {
            if (name.Length > 0)
            {
                log.Warn(Commune, "unresolved", $"La commune « {log[Commune]} » ({postcode}) n'a pas été trouvée dans la table des communes : gardée telle quelle.");
            }

            return null;
        }

        var rule = $"commune.{method}";
        log.Set(Commune, commune.NameWithArticle, rule);
        log.Set(CodeInsee, commune.InseeCode, rule);
        if (!commune.PostalCodes.Contains(postcode) && commune.PostalCodes.Count == 1)
        {
            log.Set(CodePostal, commune.PostalCodes[0], "code_postal.commune");
        }

        return commune;
    }

    private (CommuneInfo? Commune, string Method) Find(string name, string postcode, string? insee, string? department)
    {
        CommuneInfo? byInsee = insee is { Length: 5 } && communes.TryGet(insee, out var found) ? found : null;
        if (byInsee is not null && byInsee.PostalCodes.Contains(postcode))
        {
            return (byInsee, "by_insee");
        }

        var candidates = communes.FindByPostalCode(postcode);
        if (name.Length > 0)
        {
            if (Single(candidates.Where(c => CommuneDirectory.IsCurrentName(c, name))) is { } byName)
            {
                return (byName, "by_postal_code_and_name");
            }

            if (Single(candidates.Where(c => !CommuneDirectory.IsCityWithArrondissements(c.InseeCode) && c.OtherNames.Any(o => CommuneNameKey.For(o) == CommuneNameKey.For(name)))) is { } byFormer)
            {
                return (byFormer, "by_former_name");
            }
        }

        if (byInsee is not null)
        {
            return (byInsee, "by_insee");
        }

        if (name.Length > 0)
        {
            var named = communes.FindByName(name);
            if (named.Count == 1)
            {
                return (named[0], "by_unique_name");
            }

            if (Single(named.Where(c => c.DepartmentCode == department)) is { } inDepartment)
            {
                return (inDepartment, "by_name_in_department");
            }

            var former = communes.FindByFormerName(name);
            if (Single(former.Count == 1 ? former : former.Where(c => c.DepartmentCode == department)) is { } formerCommune)
            {
                return (formerCommune, "by_former_name");
            }
        }

        return candidates.Count == 1 ? (candidates[0], "by_unique_postal_code") : (null, string.Empty);
    }

    private static CommuneInfo? Single(IEnumerable<CommuneInfo> communes)
    {
        CommuneInfo? single = null;
        foreach (var commune in communes)
        {
            if (single is not null && single.InseeCode != commune.InseeCode)
            {
                return null;
            }

            single = commune;
        }

        return single;
    }

    /// <summary>"DIJON CEDEX 9" → "DIJON"; "Lyon 3e" → "Lyon": distribution suffixes are not part of a commune's name.</summary>
    public static string CleanName(string? raw) =>
        raw is null ? string.Empty : Suffix().Replace(raw.Trim(), string.Empty).Trim();

    [GeneratedRegex(@"(\s+cedex(\s*\d+)?|\s+\d{1,2}\s*(e|è|ème|eme|er)?(\s+arrondissement)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}

using System.Text.RegularExpressions;
using Relais.Web.Standard.Validation;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Standard.Reading;

/// <summary>
/// Converts a v0.1 row to the v1 layout with the value bridge of the spec (§6.2). Values with no v1 target are
/// reported as warnings on the row; labels without a target are kept in <c>autres_formations_labels</c>.
/// </summary>
internal static partial class V01Bridge
{
    private const int V1SummaryMaxLength = 280;

    private static readonly Dictionary<string, string> Services = Table<string>(new()
    {
        ["Devenir autonome dans les démarches administratives"] = "Aide aux démarches administratives",
        ["Réaliser des démarches administratives avec un accompagnement"] = "Aide aux démarches administratives",
        ["Accompagner les démarches de santé"] = "Aide aux démarches administratives",
        ["Prendre en main un smartphone ou une tablette"] = "Maîtrise des outils numériques du quotidien",
        ["Prendre en main un ordinateur"] = "Maîtrise des outils numériques du quotidien",
        ["Utiliser le numérique au quotidien"] = "Maîtrise des outils numériques du quotidien",
        ["Approfondir ma culture numérique"] = "Compréhension du monde numérique",
        ["Promouvoir la citoyenneté numérique"] = "Compréhension du monde numérique",
        ["Favoriser mon insertion professionnelle"] = "Insertion professionnelle via le numérique",
        ["Créer et développer mon entreprise"] = "Insertion professionnelle via le numérique",
        ["Accéder à une connexion internet"] = "Accès internet et matériel informatique",
        ["Accéder à du matériel"] = "Accès internet et matériel informatique",
        ["S'équiper en matériel informatique"] = "Acquisition de matériel informatique à prix solidaire",
        ["Créer avec le numérique"] = "Loisirs et créations numériques",
        ["Soutenir la parentalité et l'éducation avec le numérique"] = "Parentalité et éducation avec le numérique",
    });

    // Value → (v1 column, v1 value); a null column means "no target".
    private static readonly Dictionary<string, (string? Column, string Value)> Publics = Table<(string?, string)>(new()
    {
        ["Jeunes (16-26 ans)"] = (PublicsSpecifiquementAdresses, "Jeunes"),
        ["Familles/enfants"] = (PublicsSpecifiquementAdresses, "Familles et/ou enfants"),
        ["Seniors (+ 65 ans)"] = (PublicsSpecifiquementAdresses, "Seniors"),
        ["Uniquement femmes"] = (PublicsSpecifiquementAdresses, "Femmes"),
        ["Surdité"] = (PriseEnChargeSpecifique, "Surdité"),
        ["Handicaps mentaux : déficiences limitant les activités d'une personne"] = (PriseEnChargeSpecifique, "Handicaps mentaux"),
        ["Personnes en situation d'illettrisme"] = (PriseEnChargeSpecifique, "Illettrisme"),
        ["Public langues étrangères"] = (PriseEnChargeSpecifique, "Langues étrangères (autres)"),
        ["Déficience visuelle"] = (PriseEnChargeSpecifique, "Déficience visuelle"),
        ["Adultes"] = (null, string.Empty),
        ["Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales"] = (null, string.Empty),
    });

    private static readonly Dictionary<string, string> Fees = Table<string>(new()
    {
        ["Gratuit : Je peux accéder gratuitement au lieu et à ses services"] = "Gratuit",
        ["Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)"] = "Gratuit sous condition",
        ["Payant : L'accès au lieu et/ou à ses services est payant"] = "Payant",
        ["Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu"] = "Gratuit sous condition",
        ["Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer"] = "Payant",
    });

    private static readonly Dictionary<string, (string? Column, string Value)> Labels = Table<(string?, string)>(new()
    {
        ["Aidants Connect"] = (DispositifProgrammesNationaux, "Aidants Connect"),
        ["CNFS"] = (DispositifProgrammesNationaux, "Conseillers numériques"),
        ["France Services"] = (DispositifProgrammesNationaux, "France Services"),
        ["Grandes écoles du numérique"] = (DispositifProgrammesNationaux, "Grande école du numérique"),
        ["Point numérique CAF"] = (DispositifProgrammesNationaux, "Point d'accès numérique CAF"),
        ["Point relais CAF"] = (DispositifProgrammesNationaux, "Point d'accès numérique CAF"),
        ["Fabriques de Territoire"] = (FormationsLabels, "Fabriques de Territoire"),
        ["APTIC"] = (null, "APTIC"),
        ["French Tech"] = (null, "French Tech"),
        ["Campus connecté"] = (null, "Campus connecté"),
        ["Relais pôle emploi"] = (null, "Relais pôle emploi"),
    });

    private static readonly Dictionary<string, string> SupportModes = Table<string>(new()
    {
        ["Seul : j'ai accès à du matériel et une connexion"] = "En autonomie",
        ["Avec de l'aide : je suis accompagné seul dans l'usage du numérique"] = "Accompagnement individuel",
        ["A ma place : une personne habilitée fait les démarches à ma place"] = "Accompagnement individuel",
        ["Dans un atelier : j'apprends collectivement à utiliser le numérique"] = "Dans un atelier collectif",
    });

    public static StandardRow ToV1(int rowNumber, Func<string, string?> v01)
    {
        var cells = new string?[All.Count];
        var row = new StandardRow(rowNumber, cells);
        foreach (var same in new[] { Id, Pivot, Nom, Commune, CodePostal, CodeInsee, Adresse, ComplementAdresse, Latitude, Longitude, Horaires, PresentationDetail, Source, StructureParente, DateMaj, PriseRdv })
        {
            cells[IndexOf(same)] = v01(same);
        }

        cells[IndexOf(Typologie)] = Join(Items(v01("typologie")).Select(t => t.Equals("PE", StringComparison.OrdinalIgnoreCase) ? "FT" : t));
        cells[IndexOf(Courriels)] = Join(Items(v01("courriel")));
        cells[IndexOf(SiteWeb)] = Join(Items(v01("site_web")).SelectMany(u => CommaBeforeUrl().Split(u)).Select(u => u.Trim()));
        cells[IndexOf(FicheAccesLibre)] = v01("accessibilite");
        BridgeSummary(row, v01("presentation_resume"), v01("presentation_detail"));

        var services = new List<string>();
        foreach (var value in Items(v01("services")))
        {
            services.Add(Services.TryGetValue(ValueKey.Lenient(value), out var v1) ? v1 : value);
        }

        cells[IndexOf(StandardColumns.Services)] = Join(services.Distinct());

        var split = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Route(row, "publics_accueillis", v01("publics_accueillis"), Publics, split, keepWithoutTarget: false);
        Route(row, "labels_nationaux", v01("labels_nationaux"), Labels, split, keepWithoutTarget: true);
        foreach (var label in Items(v01("labels_autres")))
        {
            Add(split, AutresFormationsLabels, label);
        }

        foreach (var (column, values) in split)
        {
            cells[IndexOf(column)] = Join(values.Distinct());
        }

        cells[IndexOf(FraisACharge)] = Join(Items(v01("conditions_acces")).Select(v => Fees.TryGetValue(ValueKey.Lenient(v), out var fee) ? fee : v).Distinct());
        cells[IndexOf(ModalitesAccompagnement)] = Join(Items(v01("modalites_accompagnement")).Select(v => SupportModes.TryGetValue(ValueKey.Lenient(v), out var mode) ? mode : v).Distinct());
        return row;
    }

    private static void Route(StandardRow row, string v01Field, string? raw, Dictionary<string, (string? Column, string Value)> table, Dictionary<string, List<string>> split, bool keepWithoutTarget)
    {
        foreach (var value in Items(raw))
        {
            if (!table.TryGetValue(ValueKey.Lenient(value), out var target))
            {
                row.ReaderIssues.Add(ValidationIssue.Error(v01Field, "invalid", $"La valeur « {value} » n'est pas admise pour « {v01Field} » (standard 0.1)."));
            }
            else if (target.Column is not null)
            {
                Add(split, target.Column, target.Value);
            }
            else if (keepWithoutTarget)
            {
                Add(split, AutresFormationsLabels, target.Value);
                row.ReaderIssues.Add(ValidationIssue.Warning(v01Field, "no_target", $"« {value} » n'a pas d'équivalent dans le standard 1.0 : la valeur est gardée dans autres_formations_labels."));
            }
            else
            {
                row.ReaderIssues.Add(ValidationIssue.Warning(v01Field, "no_target", $"« {value} » n'a pas d'équivalent dans le standard 1.0 : la valeur n'est pas reprise."));
            }
        }
    }

    private static void BridgeSummary(StandardRow row, string? summary, string? detail)
    {
        // v0.1 allowed 500 characters, v1 allows 280: the full text moves to the detailed presentation, nothing is lost.
        if (summary is null || summary.Trim().Length <= V1SummaryMaxLength)
        {
            row.Cells[IndexOf(PresentationResume)] = summary;
            return;
        }

        var text = summary.Trim();
        var cut = text.LastIndexOf(' ', V1SummaryMaxLength - 2);
        row.Cells[IndexOf(PresentationResume)] = string.Concat(text.AsSpan(0, cut > 0 ? cut : V1SummaryMaxLength - 1), "…");
        row.Cells[IndexOf(PresentationDetail)] = string.IsNullOrWhiteSpace(detail) ? text : text + "\n\n" + detail;
        row.ReaderIssues.Add(ValidationIssue.Warning(PresentationResume, "shortened", $"La présentation résumée ({text.Length} caractères) dépasse les 280 caractères du standard 1.0 : elle est raccourcie et le texte complet est repris dans la présentation détaillée."));
    }

    private static void Add(Dictionary<string, List<string>> split, string column, string value)
    {
        if (!split.TryGetValue(column, out var list))
        {
            split[column] = list = [];
        }

        list.Add(value);
    }

    private static string[] Items(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? [] : raw.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join('|', values.Where(v => v.Length > 0));
        return joined.Length == 0 ? null : joined;
    }

    private static Dictionary<string, T> Table<T>(Dictionary<string, T> source) =>
        source.ToDictionary(p => ValueKey.Lenient(p.Key), p => p.Value, StringComparer.Ordinal);

    [GeneratedRegex(@",(?=\s*(?:https?://|www\.))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommaBeforeUrl();
}

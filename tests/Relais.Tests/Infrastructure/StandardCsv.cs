using System.Text;
using Relais.Web.Standard;

namespace Relais.Tests.Infrastructure;

/// <summary>Builds small standard v1 CSV files for tests: a valid base row, with some cells changed.</summary>
public static class StandardCsv
{
    public static readonly IReadOnlyDictionary<string, string> ValidRow = new Dictionary<string, string>
    {
        ["id"] = "lieu-1",
        ["pivot"] = "43493312300029",
        ["nom"] = "Médiathèque Jean Rousselot",
        ["commune"] = "Reims",
        ["code_postal"] = "51100",
        ["code_insee"] = "51454",
        ["adresse"] = "12 BIS RUE DE LECLERCQ",
        ["complement_adresse"] = "Le patio du bois de l'Aulne",
        ["latitude"] = "49.2577",
        ["longitude"] = "4.0317",
        ["typologie"] = "BIB|MUNI",
        ["telephone"] = "+33326000000",
        ["courriels"] = "contact@example.fr",
        ["site_web"] = "https://www.example.fr/",
        ["horaires"] = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        ["presentation_resume"] = "Ateliers numériques pour tous.",
        ["presentation_detail"] = "Un accompagnement, avec \"guillemets\", virgules, et\nretour à la ligne.",
        ["source"] = "Hubik",
        ["itinerance"] = "Fixe",
        ["structure_parente"] = "Réseau des médiathèques",
        ["date_maj"] = "2026-10-01",
        ["services"] = "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien",
        ["publics_specifiquement_adresses"] = "Seniors",
        ["prise_en_charge_specifique"] = "Surdité",
        ["frais_a_charge"] = "Gratuit",
        ["dispositif_programmes_nationaux"] = "Conseillers numériques",
        ["formations_labels"] = "Formé à « Mon Espace Santé »",
        ["autres_formations_labels"] = "QPV",
        ["modalites_acces"] = "Se présenter|Téléphoner",
        ["modalites_accompagnement"] = "Accompagnement individuel",
        ["fiche_acces_libre"] = "https://acceslibre.beta.gouv.fr/app/51-reims/a/bibliotheque/erp/mediatheque/",
        ["prise_rdv"] = "https://www.rdv-solidarites.fr/",
    };

    public static string Header => string.Join(',', StandardColumns.All);

    public static string Row(Action<Dictionary<string, string>>? change = null)
    {
        var cells = new Dictionary<string, string>(ValidRow);
        change?.Invoke(cells);
        return string.Join(',', StandardColumns.All.Select(c => Quote(cells.GetValueOrDefault(c, string.Empty))));
    }

    public static string File(params string[] rows)
    {
        var builder = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            builder.Append(row).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using static Relais.Tests.Features.Sources.Cleanup.CleanupRows;

namespace Relais.Tests.Features.Sources.Cleanup;

public class DateAndListRulesTests
{
    [Theory]
    [InlineData("02/03/2021", "2021-03-02")]                 // MedNum BFC, day first
    [InlineData("2/3/2021 14:05", "2021-03-02")]
    [InlineData("02-03-2021", "2021-03-02")]
    [InlineData("2024-03-05T10:00:00+01:00", "2024-03-05")]
    [InlineData("2024-03-05 10:00:00", "2024-03-05")]
    [InlineData("2024/03/05", "2024-03-05")]
    [InlineData("1700000000", "2023-11-14")]                 // Unix timestamp, Paris date
    [InlineData("2023-11-05", "2023-11-05")]                 // Nouvelle-Calédonie, already ISO
    public void Clean_Date_Iso(string raw, string expected)
    {
        var (row, _) = Clean(("date_maj", raw));
        Assert.Equal(expected, row["date_maj"]);
    }

    [Theory]
    [InlineData(null)]            // MedNum BFC: empty on 561 rows
    [InlineData("bientôt")]
    [InlineData("31/02/2024")]
    public void Clean_MissingOrUnreadableDate_ImportDateWithWarning(string? raw)
    {
        var (row, log) = Clean(("date_maj", raw));

        Assert.Equal("2026-11-21", row["date_maj"]);
        Assert.Contains(log.Changes, c => c.Rule == "date_maj.unknown");
        Assert.Contains(row.ReaderIssues, i => i.Code == "date_maj.unknown");
    }

    [Theory]
    [InlineData("typologie", "BIB;MUNI", "BIB|MUNI")]
    [InlineData("frais_a_charge", "Gratuit, Payant", "Gratuit|Payant")]
    [InlineData("publics_specifiquement_adresses", "Jeunes ou Seniors", "Jeunes|Seniors")]
    [InlineData("services", "Aide aux démarches administratives|", "Aide aux démarches administratives")]
    [InlineData("modalites_acces", "Se présenter\nTéléphoner|Se présenter", "Se présenter|Téléphoner")]
    [InlineData("autres_formations_labels", "Case numérique; Qualiopi", "Case numérique|Qualiopi")]
    [InlineData("autres_formations_labels", "Structure d'information jeunesse, Case numérique", null)]
    public void Clean_ListSeparators_Pipes(string field, string raw, string? expected)
    {
        var (row, _) = Clean((field, raw));
        Assert.Equal(expected ?? raw, row[field]);
    }

    [Fact]
    public void Clean_SummaryOver280Characters_ShortenedFullTextKeptInDetail()
    {
        // Nouvelle-Calédonie: 12 summaries of 352 to 2,440 characters.
        var summary = string.Join(' ', Enumerable.Repeat("Ateliers numériques pour tous les publics.", 20));
        var (row, log) = Clean(("presentation_resume", summary), ("presentation_detail", "Accès libre."));

        Assert.True(row["presentation_resume"]!.Length <= 280);
        Assert.EndsWith("…", row["presentation_resume"], StringComparison.Ordinal);
        Assert.Equal(summary + "\n\nAccès libre.", row["presentation_detail"]);
        Assert.Contains(log.Changes, c => c.Rule == "presentation_resume.shortened");
    }

    [Fact]
    public void Clean_CleanRow_NoChange()
    {
        var (_, log) = Clean(("commune", "Dijon"), ("code_postal", "21000"), ("code_insee", "21231"), ("latitude", "47.32"), ("longitude", "5.04"),
            ("telephone", "+33380000000"), ("courriels", "a@exemple.fr"), ("site_web", "https://exemple.fr"), ("date_maj", "2026-01-02"), ("services", "Aide aux démarches administratives"));

        Assert.Empty(log.Changes);
    }
}

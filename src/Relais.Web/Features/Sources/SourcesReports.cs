using System.Globalization;
using Relais.Web.Features.Places;
using Relais.Web.Standard.Validation;
using Spectre.Console;

namespace Relais.Web.Features.Sources;

/// <summary>How the CLI prints a source run and the list of sources (French, for people).</summary>
internal static class SourcesReports
{
    private const int MaxRejectedLines = 50;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void WriteRun(IAnsiConsole console, RunSourceResult result)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]Source {result.Name}[/]{(result.Label is null ? string.Empty : $" — {result.Label}")}");
        switch (result.Status)
        {
            case SourceRunStatus.Unchanged:
                console.MarkupLine("Inchangée (mêmes données, même déclaration que la dernière exécution réussie) : rien à faire.");
                return;
            case SourceRunStatus.Failed:
                console.MarkupLineInterpolated($"[red]Échec, rien n'a changé pour cette source[/] ({result.ErrorCode}) : {result.Error}");
                return;
        }

        var import = result.Import!;
        var table = new Table().HideHeaders().AddColumns(string.Empty, string.Empty);
        table.Columns[1].RightAligned();
        foreach (var (label, value) in new[]
        {
            ("Lignes lues", import.Rows), ("Ajoutées", import.Added), ("Mises à jour", import.Updated), ("Inchangées (ignorées)", import.Unchanged),
            ("Rejetées", import.Rejected), ("Retirées (absentes de la source)", import.Removed), ("Avertissements", import.Warnings),
        })
        {
            table.AddRow(label, N(value));
        }

        console.Write(table);
        WriteCounts(console, "Nettoyage (champs modifiés, par règle)", import.Tally.Cleanup);
        WriteCounts(console, "Rejets (par motif)", import.Tally.Rejections);
        WriteCounts(console, "Avertissements (par code)", import.Tally.Warnings);
        foreach (var (label, summary) in import.AfterImport)
        {
            console.MarkupLineInterpolated($"{label} : {summary}");
        }

        var rejected = import.Issues.Where(i => i.Issue.Severity == IssueSeverity.Error).ToList();
        foreach (var (row, id, issue) in rejected.Take(MaxRejectedLines))
        {
            console.MarkupLineInterpolated($"[red]rejet[/] ligne {row}{(id is null ? string.Empty : $" (id {id})")} · {issue.Code} : {issue.Message}");
        }

        if (rejected.Count > MaxRejectedLines)
        {
            console.MarkupLineInterpolated($"… et {N(rejected.Count - MaxRejectedLines)} autres erreurs.");
        }

        console.MarkupLineInterpolated($"Terminé en {import.Duration.TotalSeconds.ToString("0.0", French)} s.");
    }

    /// <summary>The steps run once after all the sources of the batch (the merge).</summary>
    public static void WriteBatch(IAnsiConsole console, RunSourceBatchResult result)
    {
        if (result.AfterImport.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine(result.Sources.Count == 1 ? "[bold]Après l'import[/]" : $"[bold]Après les {result.Sources.Count} sources[/]");
        foreach (var (label, summary) in result.AfterImport)
        {
            console.MarkupLineInterpolated($"{label} : {summary}");
        }
    }

    public static void WriteList(IAnsiConsole console, ListSourcesResult result)
    {
        console.MarkupLineInterpolated($"Déclarations : {result.Directory}");
        // One short block per source: a wide table would be cut in an 80-column terminal.
        foreach (var source in result.Sources)
        {
            var run = source.LastRun;
            var status = source.Error is not null ? "[red]déclaration invalide[/]"
                : run is null ? "jamais exécutée"
                : run.Status switch { ImportRun.Failed => "[red]échec[/]", ImportRun.Unchanged => "inchangée", _ => "[green]importée[/]" };
            console.MarkupLine($"[bold]{Markup.Escape(source.Name)}[/]{(source.Label is null ? string.Empty : " — " + Markup.Escape(source.Label))}");
            if (source.Format is not null)
            {
                console.MarkupLineInterpolated($"  format {source.Format} · rang de confiance {source.TrustRank} · licence {source.Licence ?? "non précisée"}");
            }

            console.MarkupLine(run is null ? $"  {status}" : $"  dernière exécution {Date(run)} · {status}");
            if (source.LastImport is { } import)
            {
                console.MarkupLineInterpolated($"  dernier import {Date(import)} : {N(import.RowsRead)} lues, {N(import.Added)} ajoutées, {N(import.Updated)} mises à jour, {N(import.UnchangedRows)} inchangées, {N(import.Rejected)} rejetées, {N(import.Removed)} retirées");
            }
        }

        foreach (var source in result.Sources.Where(s => s.Error is not null || s.LastRun?.Error is not null))
        {
            console.MarkupLineInterpolated($"[red]{source.Name}[/] : {source.Error ?? source.LastRun!.Error}");
        }
    }

    private static void WriteCounts(IAnsiConsole console, string title, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"[bold]{title}[/] : {N(counts.Values.Sum())}");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value))
        {
            console.MarkupLineInterpolated($"  {key,-40} {N(count),8}");
        }
    }

    private static string Date(ImportRun run) => run.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", French);

    private static string N(int value) => value.ToString("N0", French);
}

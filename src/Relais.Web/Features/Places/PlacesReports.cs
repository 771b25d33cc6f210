using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Relais.Web.Standard.Validation;
using Spectre.Console;

namespace Relais.Web.Features.Places;

/// <summary>How the CLI prints validation and import reports (text for people, JSON for scripts).</summary>
internal static class PlacesReports
{
    private const int MaxTextLines = 200;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task WriteValidationJsonAsync(Stream output, ValidatePlacesFileResult result, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true });
        json.WriteStartObject();
        json.WriteNumber("rows", result.Rows);
        json.WriteNumber("valid", result.Valid);
        json.WriteNumber("invalid", result.Invalid);
        if (result.Unreadable is { } unreadable)
        {
            json.WriteStartObject("file_error");
            json.WriteString("code", unreadable.Code);
            json.WriteString("message", unreadable.Message);
            json.WriteEndObject();
        }

        json.WriteStartArray("errors");
        foreach (var (row, id, issue) in result.Issues)
        {
            json.WriteStartObject();
            json.WriteNumber("row", row);
            if (id is null)
            {
                json.WriteNull("id");
            }
            else
            {
                json.WriteString("id", id);
            }

            json.WriteString("field", issue.Field);
            json.WriteString("code", issue.Code);
            json.WriteString("severity", issue.Severity == IssueSeverity.Error ? "error" : "warning");
            json.WriteString("message", issue.Message);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    public static void WriteValidationText(IAnsiConsole console, ValidatePlacesFileResult result)
    {
        if (result.Unreadable is { } unreadable)
        {
            console.MarkupLineInterpolated($"[red]Fichier illisible[/] ({unreadable.Code}) : {unreadable.Message}");
            return;
        }

        console.MarkupLineInterpolated($"Standard {Version(result)} — {N(result.Rows)} lignes : [green]{N(result.Valid)} valides[/], [red]{N(result.Invalid)} invalides[/], {N(result.Issues.Count(i => i.Issue.Severity == IssueSeverity.Warning))} avertissements.");
        WriteIssues(console, result.Issues);
    }

    public static void WriteImportText(IAnsiConsole console, string source, ImportPlacesResult result)
    {
        if (result.Unreadable is { } unreadable)
        {
            console.MarkupLineInterpolated($"[red]Import annulé, rien n'a changé[/] ({unreadable.Code}) : {unreadable.Message}");
            return;
        }

        var table = new Table().AddColumns("Source", "Lignes lues", "Importées", "Rejetées", "Retirées", "Avertissements");
        table.AddRow(source, N(result.Rows), N(result.Imported), N(result.Rejected), N(result.Removed), N(result.Warnings));
        console.Write(table);
        console.MarkupLineInterpolated($"Import terminé en {result.Duration.TotalSeconds.ToString("0.0", French)} s.");
        var errors = result.Issues.Where(i => i.Issue.Severity == IssueSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            console.MarkupLine("[bold]Lignes rejetées :[/]");
            WriteIssues(console, errors);
        }
    }

    private static void WriteIssues(IAnsiConsole console, IReadOnlyList<RowIssue> issues)
    {
        foreach (var (row, id, issue) in issues.Take(MaxTextLines))
        {
            var where = row == 0 ? "fichier" : $"ligne {row}{(id is null ? string.Empty : $" (id {id})")}";
            var severity = issue.Severity == IssueSeverity.Error ? "[red]erreur[/]" : "[yellow]avertissement[/]";
            console.MarkupLine($"{severity} {Markup.Escape(where)} · {Markup.Escape(issue.Field)} · {Markup.Escape(issue.Code)} : {Markup.Escape(issue.Message)}");
        }

        if (issues.Count > MaxTextLines)
        {
            console.MarkupLineInterpolated($"… et {N(issues.Count - MaxTextLines)} autres (toutes avec --json).");
        }
    }

    private static string Version(ValidatePlacesFileResult result) =>
        result.Version == Standard.Reading.StandardVersion.V0x ? "0.1.x (converti en 1.0)" : "1.0.x";

    private static string N(int value) => value.ToString("N0", French);
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

internal static class CsvPlaceReader
{
    /// <summary>A cell longer than this rejects its row; a field growing past <see cref="MaxFieldChars"/> means a broken file.</summary>
    public const int MaxCellChars = 100_000;
    private const int MaxFieldChars = 16 * 1024 * 1024;

    public static char DetectDelimiter(string headerLine, List<ValidationIssue> remarks)
    {
        var commas = headerLine.Count(c => c == ',');
        var semicolons = headerLine.Count(c => c == ';');
        var tabs = headerLine.Count(c => c == '\t');
        if (semicolons > commas && semicolons >= tabs)
        {
            remarks.Add(FileIssue.Warning("separator", "Les colonnes sont séparées par « ; » au lieu de « , » (export de tableur français) : le fichier a été lu quand même."));
            return ';';
        }

        if (tabs > commas)
        {
            remarks.Add(FileIssue.Warning("separator", "Les colonnes sont séparées par des tabulations au lieu de « , » : le fichier a été lu quand même."));
            return '\t';
        }

        return ',';
    }

    public static async IAsyncEnumerable<StandardRow> ReadAsync(
        TextReader text, char delimiter, Action<HeaderMap> onHeader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            MaxFieldSize = MaxFieldChars,
            IgnoreBlankLines = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        using var parser = new CsvParser(text, configuration);
        if (!await Read(parser, 0))
        {
            throw new PlaceFileException("file.empty", "Le fichier ne contient aucune ligne.");
        }

        var map = HeaderMap.Build(parser.Record!);
        var width = parser.Record!.Length;
        onHeader(map);
        var rowNumber = 0;
        while (await Read(parser, rowNumber))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var record = parser.Record!;
            if (record.Length == 1 && record[0].Length == 0)
            {
                continue;
            }

            var row = map.Version == StandardVersion.V0x
                ? V01Bridge.ToV1(rowNumber, name => Cell(record, map.SourceIndexByColumn[V01Columns.IndexOf(name)]))
                : new StandardRow(rowNumber, map.SourceIndexByColumn.Select(i => Cell(record, i)).ToArray());
            if (record.Length != width)
            {
                row.ReaderIssues.Add(ValidationIssue.Error("ligne", "ragged", $"La ligne a {record.Length} colonnes au lieu de {width} (guillemet ou séparateur en trop ?) : elle est rejetée."));
            }

            if (record.Any(cell => cell.Length > MaxCellChars))
            {
                row.ReaderIssues.Add(ValidationIssue.Error("ligne", "cell_too_large", $"Une cellule dépasse {MaxCellChars.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} caractères : la ligne est rejetée."));
                Array.Fill(row.Cells, null);
            }

            yield return row;
        }
    }

    private static async Task<bool> Read(CsvParser parser, int rowNumber)
    {
        try
        {
            return await parser.ReadAsync();
        }
        catch (CsvHelperException exception)
        {
            throw new PlaceFileException("file.malformed",
                $"Le fichier CSV est mal formé après la ligne de données {rowNumber} : une cellule ne se termine pas (guillemet non fermé ?) ou dépasse 16 Mo.", exception);
        }
        catch (DecoderFallbackException exception)
        {
            throw new PlaceFileException("file.not_text", "Le fichier contient des octets qui ne sont pas du texte.", exception);
        }
    }

    private static string? Cell(string[] record, int index) => index >= 0 && index < record.Length ? record[index] : null;
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>
/// Streams a JSON array of flat objects (the standard's JSON form, v1 or v0.1: each object is recognised by
/// its own keys). Unknown keys are collected and reported once for the whole file.
/// </summary>
internal static class JsonPlaceReader
{
    public static async IAsyncEnumerable<StandardRow> ReadAsync(
        Stream utf8, ISet<string> unknownKeys, Action<StandardVersion> onFirstRow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rowNumber = 0;
        var known = StandardColumns.All.Concat(V01Columns.All).ToHashSet(StringComparer.Ordinal);
        await using var enumerator = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (await MoveNext(enumerator, rowNumber))
        {
            rowNumber++;
            var element = enumerator.Current;
            if (element.ValueKind != JsonValueKind.Object)
            {
                var invalid = new StandardRow(rowNumber, new string?[StandardColumns.All.Count]);
                invalid.ReaderIssues.Add(ValidationIssue.Error("ligne", "not_an_object", $"L'élément n° {rowNumber} du tableau n'est pas un objet JSON : il est rejeté."));
                yield return invalid;
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var key = property.Name.Trim().ToLowerInvariant();
                if (!known.Contains(key))
                {
                    unknownKeys.Add(property.Name);
                    continue;
                }

                values[key] = ToText(property.Value);
            }

            var version = HeaderMap.DetectVersion(values.Keys);
            if (rowNumber == 1)
            {
                onFirstRow(version);
            }

            var row = version == StandardVersion.V0x
                ? V01Bridge.ToV1(rowNumber, name => values.GetValueOrDefault(name))
                : new StandardRow(rowNumber, StandardColumns.All.Select(values.GetValueOrDefault).ToArray());
            if (values.Values.Any(v => v?.Length > CsvPlaceReader.MaxCellChars))
            {
                row.ReaderIssues.Add(ValidationIssue.Error("ligne", "cell_too_large", $"Une valeur dépasse {CsvPlaceReader.MaxCellChars} caractères : l'objet est rejeté."));
                Array.Fill(row.Cells, null);
            }

            yield return row;
        }
    }

    private static async Task<bool> MoveNext(IAsyncEnumerator<JsonElement> enumerator, int rowNumber)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (ligne {line + 1} du fichier)" : string.Empty;
            throw new PlaceFileException("file.malformed",
                rowNumber == 0
                    ? $"Le fichier JSON doit être un tableau d'objets [ {{…}}, {{…}} ]{where}."
                    : $"Le fichier JSON est mal formé après l'objet n° {rowNumber}{where} : {exception.Message}",
                exception);
        }
    }

    private static string? ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        // Some producers write lists as arrays instead of "|"-joined strings.
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(ToText).Where(v => !string.IsNullOrEmpty(v))),
        _ => value.GetRawText(),
    };
}

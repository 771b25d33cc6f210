using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Relais.Web.Standard.Reading;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>
/// Streams the records of a source file that does not follow the standard: a CSV with a header row, or a JSON
/// array of objects whose nested objects are flattened to dotted names (<c>geolocalisation.lat</c>).
/// </summary>
public sealed class SourceRecordReader(string path, SourceFormat format, string? delimiter)
{
    private FileStream? _reading;

    public double Progress => _reading is { Length: > 0 } stream ? (double)stream.Position / stream.Length : 0;

    /// <exception cref="PlaceFileException">The file is missing, binary or malformed (possibly after many records).</exception>
    public async IAsyncEnumerable<SourceRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Sniffing refuses empty and binary files and tells the encoding (UTF-8, else Windows-1252).
        var file = await PlaceFile.OpenAsync(path, cancellationToken);
        var encoding = Encoding.GetEncoding(file.EncodingName);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        _reading = stream;
        var records = format == SourceFormat.Json ? ReadJsonAsync(stream, encoding, cancellationToken) : ReadCsvAsync(stream, encoding, cancellationToken);
        await foreach (var record in records)
        {
            yield return record;
        }
    }

    private static async IAsyncEnumerable<SourceRecord> ReadJsonAsync(Stream stream, Encoding encoding, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var utf8 = encoding is UTF8Encoding ? stream : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: true);
        await using var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        var number = 0;
        while (await MoveNextAsync(elements, number))
        {
            number++;
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (elements.Current.ValueKind == JsonValueKind.Object)
            {
                Flatten(elements.Current, prefix: null, values);
            }

            yield return new SourceRecord(number, values);
        }
    }

    private async IAsyncEnumerable<SourceRecord> ReadCsvAsync(Stream stream, Encoding encoding, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = delimiter is null,
            Delimiter = delimiter ?? ",",
            BadDataFound = null,
            IgnoreBlankLines = true,
            MaxFieldSize = 16 * 1024 * 1024,
        };
        using var parser = new CsvParser(text, configuration);
        if (!await ReadAsync(parser, 0))
        {
            throw new PlaceFileException("file.empty", "Le fichier ne contient aucune ligne.");
        }

        var header = parser.Record!.Select(h => h.Trim().Trim('\uFEFF')).ToArray();
        var number = 0;
        while (await ReadAsync(parser, number))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var record = parser.Record!;
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < record.Length; i++)
            {
                values.TryAdd(header[i], record[i]);
            }

            yield return new SourceRecord(number, values);
        }
    }

    private static void Flatten(JsonElement element, string? prefix, Dictionary<string, string?> values)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix is null ? property.Name.Trim() : $"{prefix}.{property.Name.Trim()}";
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(value, name, values);
                    break;
                case JsonValueKind.Array:
                    values[name] = string.Join('|', value.EnumerateArray().Select(Text).Where(v => !string.IsNullOrEmpty(v)));
                    break;
                default:
                    values[name] = Text(value);
                    break;
            }
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<JsonElement> elements, int number)
    {
        try
        {
            return await elements.MoveNextAsync();
        }
        catch (JsonException exception)
        {
            throw new PlaceFileException("file.malformed", number == 0
                ? "Le fichier JSON doit être un tableau d'objets [ {…}, {…} ]."
                : $"Le fichier JSON est mal formé après l'objet n° {number} : {exception.Message}", exception);
        }
    }

    private static async Task<bool> ReadAsync(CsvParser parser, int number)
    {
        try
        {
            return await parser.ReadAsync();
        }
        catch (CsvHelperException exception)
        {
            throw new PlaceFileException("file.malformed", $"Le fichier CSV est mal formé après la ligne de données {number} (guillemet non fermé ?).", exception);
        }
    }
}

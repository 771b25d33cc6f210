using System.Text.Encodings.Web;
using System.Text.Json;

namespace Relais.Web.Standard.Writing;

/// <summary>
/// JSON form of the standard: an array of flat objects keyed by the CSV column names, lists as <c>|</c>-joined
/// strings, latitude/longitude as numbers, absent fields omitted (never null).
/// </summary>
public sealed class PlaceJsonWriter : IAsyncDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private const int FlushThreshold = 64 * 1024;
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<string> _extraColumns;

    public PlaceJsonWriter(Stream output, IReadOnlyList<string>? extraColumns = null)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, Options);
        _extraColumns = extraColumns ?? [];
        _json.WriteStartArray();
    }

    public async Task WriteAsync(StandardPlace place, IReadOnlyList<string?>? extraValues = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(place);
        _json.WriteStartObject();
        WriteFields(_json, place);
        for (var i = 0; i < _extraColumns.Count; i++)
        {
            if (extraValues?[i] is { Length: > 0 } value)
            {
                _json.WriteString(_extraColumns[i], value);
            }
        }

        _json.WriteEndObject();
        if (_json.BytesPending > FlushThreshold)
        {
            await _json.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes the standard's fields of one place inside an object already started.</summary>
    public static void WriteFields(Utf8JsonWriter json, StandardPlace place)
    {
        ArgumentNullException.ThrowIfNull(json);
        var cells = StandardCells.From(place);
        for (var i = 0; i < cells.Length; i++)
        {
            var name = StandardColumns.All[i];
            if (name == StandardColumns.Latitude && place.Latitude is { } latitude)
            {
                json.WriteNumber(name, latitude);
            }
            else if (name == StandardColumns.Longitude && place.Longitude is { } longitude)
            {
                json.WriteNumber(name, longitude);
            }
            else if (cells[i] is { Length: > 0 } value)
            {
                json.WriteString(name, value);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _json.WriteEndArray();
        await _json.FlushAsync();
        await _json.DisposeAsync();
        await _output.FlushAsync();
    }
}

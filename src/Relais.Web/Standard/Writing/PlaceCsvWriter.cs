using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Relais.Web.Standard.Writing;

/// <summary>
/// CSV of the standard v1.0.x: UTF-8 without BOM, the 32 columns in order, RFC 4180 quoting (quotes doubled,
/// never substituted). Extra columns, if any, come after the standard ones.
/// </summary>
public sealed class PlaceCsvWriter : IAsyncDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<string> _extraColumns;

    public PlaceCsvWriter(Stream output, IReadOnlyList<string>? extraColumns = null)
    {
        _text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        _extraColumns = extraColumns ?? [];
        foreach (var name in StandardColumns.All.Concat(_extraColumns))
        {
            _csv.WriteField(name);
        }

        _csv.NextRecord();
    }

    public async Task WriteAsync(StandardPlace place, IReadOnlyList<string?>? extraValues = null, CancellationToken cancellationToken = default)
    {
        foreach (var cell in StandardCells.From(place))
        {
            _csv.WriteField(cell ?? string.Empty);
        }

        for (var i = 0; i < _extraColumns.Count; i++)
        {
            _csv.WriteField(extraValues?[i] ?? string.Empty);
        }

        await _csv.NextRecordAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.FlushAsync();
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }
}

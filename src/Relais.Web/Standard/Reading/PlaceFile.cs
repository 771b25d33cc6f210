using System.Runtime.CompilerServices;
using System.Text;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>
/// A file of places in one of the standard's forms (CSV or JSON, v1.0.x or v0.1.x), read as a stream of rows
/// laid out in the v1 columns. Memory stays flat whatever the file size.
/// </summary>
public sealed class PlaceFile : IPlaceRows
{
    private readonly string _path;
    private readonly SniffResult _sniff;
    private readonly List<ValidationIssue> _fileIssues;

    private PlaceFile(string path, SniffResult sniff)
    {
        _path = path;
        _sniff = sniff;
        _fileIssues = [.. sniff.Remarks];
    }

    private FileStream? _reading;

    public PlaceFileSyntax Syntax => _sniff.Syntax;

    /// <summary>Share of the file read so far (0 to 1), for progress bars.</summary>
    public double Progress => _reading is { Length: > 0 } stream ? (double)stream.Position / stream.Length : 0;

    public string EncodingName => _sniff.Encoding.WebName;

    /// <summary>Known once the header (CSV) or the first object (JSON) has been read.</summary>
    public StandardVersion? Version { get; private set; }

    /// <summary>Remarks about the whole file; complete once the rows have been enumerated.</summary>
    public IReadOnlyList<ValidationIssue> FileIssues => _fileIssues;

    /// <exception cref="PlaceFileException">The file is missing, empty, binary or not text.</exception>
    public static async Task<PlaceFile> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path))
        {
            throw new PlaceFileException("file.not_found", $"« {path} » est un dossier, pas un fichier.");
        }

        if (!File.Exists(path))
        {
            throw new PlaceFileException("file.not_found", $"Le fichier « {path} » n'existe pas.");
        }

        await using var stream = OpenRead(path);
        var sniff = await FileSniffer.SniffAsync(stream, cancellationToken);
        return new PlaceFile(path, sniff);
    }

    /// <exception cref="PlaceFileException">The content turns out unreadable part-way (malformed CSV/JSON).</exception>
    public async IAsyncEnumerable<StandardRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = OpenRead(_path);
        _reading = stream;
        if (Syntax == PlaceFileSyntax.Json)
        {
            var unknownKeys = new SortedSet<string>(StringComparer.Ordinal);
            await using var utf8 = _sniff.Encoding is UTF8Encoding ? stream : Encoding.CreateTranscodingStream(stream, _sniff.Encoding, Encoding.UTF8);
            await foreach (var row in JsonPlaceReader.ReadAsync(utf8, unknownKeys, v => Version = v, cancellationToken))
            {
                yield return row;
            }

            if (unknownKeys.Count > 0)
            {
                _fileIssues.Add(FileIssue.Warning("extra_columns", $"Clés hors standard ignorées : {string.Join(", ", unknownKeys)}."));
            }

            yield break;
        }

        using var text = new StreamReader(stream, _sniff.Encoding, detectEncodingFromByteOrderMarks: true);
        var remarks = new List<ValidationIssue>();
        var delimiter = CsvPlaceReader.DetectDelimiter(_sniff.FirstLine, remarks);
        _fileIssues.AddRange(remarks);
        await foreach (var row in CsvPlaceReader.ReadAsync(text, delimiter, OnHeader, cancellationToken))
        {
            yield return row;
        }
    }

    private void OnHeader(HeaderMap map)
    {
        Version = map.Version;
        _fileIssues.AddRange(map.Remarks);
    }

    private static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PlaceFileException("file.unreadable", $"Le fichier « {path} » ne peut pas être lu : {exception.Message}", exception);
        }
    }
}

using System.Text;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>What a first pass over the bytes tells: binary or text, which encoding, CSV or JSON.</summary>
internal sealed record SniffResult(Encoding Encoding, PlaceFileSyntax Syntax, string FirstLine, IReadOnlyList<ValidationIssue> Remarks);

internal static class FileSniffer
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianBom = [0xFE, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Pdf = [0x25, 0x50, 0x44, 0x46];
    private static readonly byte[] Gzip = [0x1F, 0x8B];

    static FileSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static async Task<SniffResult> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        var read = await ReadAtLeastAsync(stream, buffer, cancellationToken);
        if (read == 0)
        {
            throw new PlaceFileException("file.empty", "Le fichier est vide.");
        }

        var remarks = new List<ValidationIssue>();
        var head = buffer.AsSpan(0, read).ToArray();
        if (head.AsSpan().StartsWith(Utf16LittleEndianBom) || head.AsSpan().StartsWith(Utf16BigEndianBom))
        {
            remarks.Add(FileIssue.Warning("utf16", "Le fichier est encodé en UTF-16 : il a été lu, mais le standard demande UTF-8."));
            var utf16 = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var utf16Text = utf16.GetString(head, 2, head.Length - 2);
            return new SniffResult(utf16, SyntaxOf(utf16Text), FirstLineOf(utf16Text), remarks);
        }

        if (Array.IndexOf(head, (byte)0) >= 0 || LooksLikeArchive(head))
        {
            throw new PlaceFileException("file.binary", "Ce fichier n'est pas un fichier texte (CSV ou JSON) : il contient des données binaires. Un tableur doit l'enregistrer au format « CSV UTF-8 ».");
        }

        var hasBom = head.AsSpan().StartsWith(Utf8Bom);
        if (hasBom)
        {
            remarks.Add(FileIssue.Warning("bom", "Le fichier commence par une marque d'ordre des octets (BOM) : elle est ignorée."));
        }

        var encoding = await IsUtf8Async(stream, buffer, read, cancellationToken) ? (Encoding)new UTF8Encoding(false) : Windows1252;
        if (encoding.CodePage == 1252)
        {
            remarks.Add(FileIssue.Warning("encoding", "Le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (encodage des tableurs sous Windows). Vérifiez les accents et enregistrez-le en UTF-8."));
        }

        var text = encoding.GetString(head, hasBom ? 3 : 0, head.Length - (hasBom ? 3 : 0));
        return new SniffResult(encoding, SyntaxOf(text), FirstLineOf(text), remarks);
    }

    private static PlaceFileSyntax SyntaxOf(string text)
    {
        var first = text.AsSpan().TrimStart();
        return first.Length > 0 && first[0] is '[' or '{' ? PlaceFileSyntax.Json : PlaceFileSyntax.Csv;
    }

    private static string FirstLineOf(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    private static bool LooksLikeArchive(ReadOnlySpan<byte> head) =>
        head.StartsWith(Zip) || head.StartsWith(Pdf) || head.StartsWith(Gzip);

    private static async Task<bool> IsUtf8Async(Stream stream, byte[] buffer, int firstRead, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[ChunkSize + 4];
        var read = firstRead;
        try
        {
            while (read > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                read = await ReadAtLeastAsync(stream, buffer, cancellationToken);
            }

            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static async Task<int> ReadAtLeastAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken) =>
        await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
}

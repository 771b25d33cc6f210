using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Tests.Infrastructure;

/// <summary>A message the <see cref="SmtpSink"/> received: envelope, decoded subject and text body, raw source.</summary>
public sealed partial record ReceivedEmail(string From, IReadOnlyList<string> To, string Subject, string Text, string Raw)
{
    public static ReceivedEmail Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var (headers, body) = Split(raw);
        return new ReceivedEmail(from, to, DecodeWords(Header(headers, "Subject")), TextPart(headers, body), raw);
    }

    private static string TextPart(string headers, string body)
    {
        var contentType = new ContentType(Header(headers, "Content-Type") is { Length: > 0 } type ? type : "text/plain");
        if (contentType.MediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var boundary = "--" + contentType.Boundary;
            foreach (var part in body.Split(boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)))
            {
                var (partHeaders, partBody) = Split(part.TrimStart('\r', '\n'));
                var partType = Header(partHeaders, "Content-Type");
                if (partType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || partType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
                {
                    return TextPart(partHeaders, partBody);
                }
            }

            return string.Empty;
        }

        var charset = Encoding.GetEncoding(contentType.CharSet ?? "us-ascii");
        return Header(headers, "Content-Transfer-Encoding").ToLowerInvariant() switch
        {
            "base64" => charset.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n").Select(l => l.Trim())))),
            "quoted-printable" => QuotedPrintable(body, charset),
            _ => body,
        };
    }

    private static (string Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 4)..]);
    }

    private static string Header(string headers, string name)
    {
        var unfolded = headers.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        return unfolded.Split("\r\n").Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault() ?? string.Empty;
    }

    private static string QuotedPrintable(string body, Encoding charset)
    {
        var bytes = new List<byte>();
        var text = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return charset.GetString([.. bytes]);
    }

    /// <summary>RFC 2047 encoded words: =?utf-8?B?…?= and =?utf-8?Q?…?=.</summary>
    private static string DecodeWords(string value) => EncodedWord().Replace(value.Replace("?= =?", "?==?", StringComparison.Ordinal), match =>
    {
        var charset = Encoding.GetEncoding(match.Groups["charset"].Value);
        var text = match.Groups["text"].Value;
        return string.Equals(match.Groups["kind"].Value, "B", StringComparison.OrdinalIgnoreCase)
            ? charset.GetString(Convert.FromBase64String(text))
            : QuotedPrintable(text.Replace('_', ' '), charset);
    });

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=", RegexOptions.CultureInvariant)]
    private static partial Regex EncodedWord();
}

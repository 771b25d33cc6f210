using System.Text;
using System.Text.RegularExpressions;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Standard.Validation;

/// <summary>Phone, e-mail and URL fields: national forms accepted on input, international form written.</summary>
internal static partial class ContactRules
{
    private static readonly System.Buffers.SearchValues<char> UrlForbidden = System.Buffers.SearchValues.Create(" \t\r\n\"<>\\^`{}");
    private static readonly System.Buffers.SearchValues<char> HostEnd = System.Buffers.SearchValues.Create("/?#");
    private static readonly System.Buffers.SearchValues<char> HostCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ");
    private static readonly System.Buffers.SearchValues<char> ListSeparators = System.Buffers.SearchValues.Create("|;, \t\r\n");
    private static readonly string[] Prefixes = ["+33", "+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681"];

    public static string? NormalizePhone(string? raw, string? postalCode, List<ValidationIssue> issues)
    {
        const string field = StandardColumns.Telephone;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (AlreadyInternational(raw, postalCode) is { } international)
        {
            return international;
        }

        var numbers = MultiplePhoneSeparator().Split(raw.Trim()).Where(n => n.Any(char.IsAsciiDigit)).ToList();
        if (numbers.Count > 1)
        {
            issues.Add(ValidationIssue.Warning(field, "multiple", $"Plusieurs numéros dans « {raw} » : seul le premier est gardé (le standard n'en prévoit qu'un)."));
        }

        var normalized = numbers.Count == 0 ? null : ToInternational(numbers[0], postalCode);
        if (normalized is null)
        {
            issues.Add(ValidationIssue.Error(field, "invalid", $"Le numéro de téléphone « {raw} » n'est pas valide : un numéro français (01 23 45 67 89) ou international (+33123456789) est attendu."));
        }

        return normalized;
    }

    /// <summary>
    /// Fast path for the common case, one number already in the international form the standard asks for ("+33…"):
    /// its normalised form, or null when the text needs the general rules.
    /// </summary>
    public static string? AlreadyInternational(string raw, string? postalCode) =>
        raw.Length is >= 10 and <= 13 && raw[0] == '+' && !raw.AsSpan(1).ContainsAnyExceptInRange('0', '9') ? ToInternational(raw, postalCode) : null;

    public static string? ToInternational(string raw, string? postalCode)
    {
        var text = raw.Replace("(0)", string.Empty, StringComparison.Ordinal);
        var digits = new StringBuilder(16);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
            else if (!(char.IsWhiteSpace(c) || c is '.' or '-' or '(' or ')' or '/' or '\u00A0'))
            {
                return null;
            }
        }

        var value = digits.Length == text.Length ? text : digits.ToString();
        if (value.StartsWith("00", StringComparison.Ordinal))
        {
            value = "+" + value[2..];
        }

        if (!value.StartsWith('+'))
        {
            var prefix = FranceTerritory.PhonePrefixOfPostalCode(postalCode);
            if (value.Length == 10 && value[0] == '0')
            {
                value = prefix + value[1..];
            }
            else if (value.Length == 6 && prefix is "+687" or "+689")
            {
                value = prefix + value;
            }
            else
            {
                return null;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = value.AsSpan(prefix.Length);
                if (rest.Length is >= 6 and <= 9)
                {
                    return value;
                }

                // "+33 0 1 23 45 67 89": the trunk 0 written after the country code.
                if (rest.Length == 10 && rest[0] == '0')
                {
                    return prefix + rest[1..].ToString();
                }
            }
        }

        return null;
    }

    public static string? CheckEmails(string? raw, List<ValidationIssue> issues)
    {
        const string field = StandardColumns.Courriels;
        if (raw is not null && !raw.AsSpan().ContainsAny(ListSeparators) && Email().IsMatch(raw))
        {
            return raw.ToLowerInvariant();
        }

        var items = ListSplitter.SplitFree(raw, field, issues, allowComma: true);
        foreach (var item in items)
        {
            if (!Email().IsMatch(item))
            {
                issues.Add(ValidationIssue.Error(field, "invalid", $"L'adresse électronique « {item} » n'est pas valide."));
            }
        }

        return items.Count == 0 ? null : string.Join('|', items.Select(i => i.ToLowerInvariant()).Distinct());
    }

    public static string? CheckUrls(string? raw, string field, bool multiple, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // Fast path: one well-formed URL, kept as is.
        if (!raw.Contains('|', StringComparison.Ordinal) && IsWebUrl(raw))
        {
            return raw;
        }

        var items = multiple ? ListSplitter.SplitFree(raw, field, issues, allowComma: false) : Single(raw);
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            var url = item;
            if (!url.Contains("://", StringComparison.Ordinal) && url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                url = "https://" + url;
                issues.Add(ValidationIssue.Warning(field, "scheme_added", $"L'adresse « {item} » n'indique pas de protocole : https:// a été ajouté."));
            }

            if (!IsWebUrl(url))
            {
                issues.Add(ValidationIssue.Error(field, "invalid", $"Le format de l'url « {item} » n'est pas valide : une adresse web complète est attendue (https://…)."));
                continue;
            }

            result.Add(url);
        }

        return result.Count == 0 ? null : string.Join('|', result);
    }

    public static bool IsEmail(string value) => Email().IsMatch(value);

    /// <summary>An absolute http(s) URL whose host has a dot, without spaces (what a browser can open).</summary>
    public static bool IsWebUrl(string url)
    {
        var rest = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url.AsSpan(8)
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url.AsSpan(7)
            : [];
        if (rest.IsEmpty || rest.ContainsAny(UrlForbidden))
        {
            return false;
        }

        var hostEnd = rest.IndexOfAny(HostEnd);
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        var at = host.LastIndexOf('@');
        host = at < 0 ? host : host[(at + 1)..];
        var port = host.IndexOf(':');
        host = port < 0 ? host : host[..port];
        return host.Length >= 3 && host.Contains('.') && host[0] != '.' && host[^1] != '.' && !host.ContainsAnyExcept(HostCharacters);
    }

    private static List<string> Single(string? raw) => string.IsNullOrWhiteSpace(raw) ? [] : [raw.Trim()];

    [GeneratedRegex(@"\s*(?:/|;|\||,|\bou\b|\bet\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MultiplePhoneSeparator();

    // Local part: anything printable but spaces, quotes and '@' (accented local parts are valid since RFC 6531).
    [GeneratedRegex(@"^[^\s@""<>(),;:\\\[\]]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}

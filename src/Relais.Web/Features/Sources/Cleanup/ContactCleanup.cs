using System.Text.RegularExpressions;
using Relais.Web.Standard.Validation;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// Phones to the international form (the validator's own normalisation, spec consolidation §7.1), e-mails and
/// websites cleaned (<c>mailto:</c>, spaces, missing scheme, several values in one cell, §7.2). A value that
/// cannot be repaired is removed and reported: a bad phone number is not a reason to lose the place, and the
/// original stays in the recorded change.
/// </summary>
public static partial class ContactCleanup
{
    // Short numbers of national services, as the national pipeline rewrites them.
    private static readonly Dictionary<string, string> ShortNumbers = new(StringComparer.Ordinal)
    {
        ["3230"] = "+33969322121", // CAF
        ["3960"] = "+33971103960", // Assurance retraite
    };

    public static void Apply(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        Phone(log);
        Emails(log);
        Urls(log, SiteWeb, multiple: true);
        Urls(log, FicheAccesLibre, multiple: false);
        Urls(log, PriseRdv, multiple: false);
    }

    private static void Phone(CleanupLog log)
    {
        var raw = log[Telephone];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        var digitsOnly = string.Concat(raw.Where(char.IsAsciiDigit));
        if (ShortNumbers.TryGetValue(digitsOnly, out var longNumber))
        {
            log.Set(Telephone, longNumber, "telephone.short_number");
            return;
        }

        // Already one number in the international form (most rows of the standard's files): nothing to split.
        if (ContactRules.AlreadyInternational(raw, log[CodePostal]) is { } international)
        {
            log.Set(Telephone, international, "telephone.international");
            return;
        }

        var numbers = PhoneSeparator().Split(raw).SelectMany(part => PhoneLike().Matches(part).Select(m => m.Value)).ToList();
        var valid = numbers.Select(n => ContactRules.ToInternational(n, log[CodePostal])).Where(n => n is not null).ToList();
        if (valid.Count == 0)
        {
            log.Warn(Telephone, "dropped", $"Le numéro « {raw.Trim()} » n'est pas un numéro de téléphone utilisable : il est retiré.");
            log.Set(Telephone, null, "telephone.dropped");
            return;
        }

        if (numbers.Count > 1)
        {
            log.Warn(Telephone, "multiple", $"Plusieurs numéros dans « {raw.Trim()} » : seul le premier valide est gardé (le standard n'en prévoit qu'un).");
        }

        log.Set(Telephone, valid[0], "telephone.international");
    }

    private static void Emails(CleanupLog log)
    {
        var raw = log[Courriels];
        if (string.IsNullOrWhiteSpace(raw) || (ContactRules.IsEmail(raw) && !raw.Any(char.IsUpper)))
        {
            return;
        }

        var kept = new List<string>();
        foreach (var item in EmailSeparator().Split(Mailto().Replace(raw, " ")))
        {
            var email = item.Trim().Trim('.', '<', '>', '(', ')', '"', '\'').ToLowerInvariant();
            if (email.Length == 0 || email is "ou" or "et")
            {
                continue;
            }

            if (ContactRules.IsEmail(email))
            {
                kept.Add(email);
            }
            else
            {
                log.Warn(Courriels, "dropped", $"« {item.Trim()} » n'est pas une adresse électronique valide : elle est retirée.");
            }
        }

        log.Set(Courriels, string.Join('|', kept.Distinct()), "courriels.cleaned");
    }

    private static void Urls(CleanupLog log, string field, bool multiple)
    {
        var raw = log[field];
        if (string.IsNullOrWhiteSpace(raw) || (!raw.Contains('|', StringComparison.Ordinal) && ContactRules.IsWebUrl(raw)))
        {
            return;
        }

        var kept = new List<string>();
        // "https://x.nc/ (refonte en cours)": a remark in parentheses is not an address.
        foreach (var item in UrlSeparator().Split(Parenthesised().Replace(raw, " ")))
        {
            var text = item.Trim().Trim('(', ')', ',', ';', '.', '"', '\'');
            if (text.Length == 0 || text.Equals("ou", StringComparison.OrdinalIgnoreCase) || text.Equals("et", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Repair(text) is { } url)
            {
                kept.Add(url);
            }
            else
            {
                log.Warn(field, "dropped", $"« {text} » n'est pas une adresse web utilisable : elle est retirée.");
            }
        }

        var result = multiple ? string.Join('|', kept.Distinct()) : kept.FirstOrDefault();
        log.Set(field, result, $"{field}.cleaned");
    }

    /// <summary>A usable http(s) URL from what producers write (<c>www.x.fr</c>, <c>x.fr/page</c>, <c>www:x.fr</c>), or null.</summary>
    public static string? Repair(string text)
    {
        var url = WwwColon().Replace(text, "www.");
        url = MissingColon().Replace(url, "$1://");
        if (!url.Contains("://", StringComparison.Ordinal))
        {
            if (!BareDomain().IsMatch(url))
            {
                return null;
            }

            url = "https://" + url;
        }

        // Scheme and host are case-insensitive: lower them, keep the path as it is.
        var hostStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        url = url[..hostStart].ToLowerInvariant() + (hostEnd < 0 ? url[hostStart..].ToLowerInvariant() : url[hostStart..hostEnd].ToLowerInvariant() + url[hostEnd..]);
        return ContactRules.IsWebUrl(url) ? url : null;
    }

    [GeneratedRegex(@"\+?\d[\d\s.\-()]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"\s*(?:/|;|\||,|\bou\b|\bet\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneSeparator();

    [GeneratedRegex(@"mailto:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mailto();

    [GeneratedRegex(@"[|;,\s/]+|\s(?:ou|et)\s", RegexOptions.CultureInvariant)]
    private static partial Regex EmailSeparator();

    [GeneratedRegex(@"\s*(?:[|;\s]|,(?=\s|https?:|www\.)|\sou\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlSeparator();

    [GeneratedRegex(@"\s\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^www:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WwwColon();

    [GeneratedRegex(@"^(https?)//", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissingColon();

    [GeneratedRegex(@"^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[a-zA-Z]{2,}(?:[/?#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();
}

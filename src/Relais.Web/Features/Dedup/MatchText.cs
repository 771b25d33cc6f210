using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Relais.Web.Features.Dedup;

/// <summary>Normalisation of the texts and identifiers the matcher compares (pure, no I/O).</summary>
public static class MatchText
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["av"] = "avenue",
        ["ave"] = "avenue",
        ["bd"] = "boulevard",
        ["bld"] = "boulevard",
        ["pl"] = "place",
        ["r"] = "rue",
        ["rte"] = "route",
        ["ch"] = "chemin",
        ["imp"] = "impasse",
        ["all"] = "allee",
        ["sq"] = "square",
        ["st"] = "saint",
        ["ste"] = "sainte",
        ["g"] = "general",
        ["gal"] = "general",
        ["gen"] = "general",
        ["fg"] = "faubourg",
        ["qu"] = "quai",
    };

    /// <summary>
    /// Words naming a kind of service, mapped to that kind. Two names stating different kinds ("Médiathèque X",
    /// "France Services X") are two services even at one address: the matcher never merges them on its own.
    /// </summary>
    private static readonly (string Words, string Kind)[] KindWords =
    [
        ("mediatheque", "library"), ("bibliotheque", "library"), ("mairie", "town-hall"), ("hotel de ville", "town-hall"),
        ("france services", "france-services"), ("france service", "france-services"), ("msap", "france-services"),
        ("mfs", "france-services"), ("maison de services au public", "france-services"), ("mission locale", "mission-locale"),
        ("pole emploi", "employment"), ("anpe", "employment"), ("france travail", "employment"), ("caf", "caf"), ("cpam", "cpam"),
        ("centre social", "social-centre"), ("ccas", "ccas"), ("centre communal d action social", "ccas"),
        ("information jeunesse", "youth"), ("info jeunes", "youth"), ("info jeunesse", "youth"), ("pij", "youth"), ("bij", "youth"),
        ("bureau de poste", "post-office"), ("la poste", "post-office"), ("fablab", "fablab"), ("fab lab", "fablab"),
        ("prefecture", "prefecture"), ("sous prefecture", "prefecture"),
    ];

    private static readonly (string Words, string Kind)[] PaddedKindWords = [.. KindWords.Select(k => ($" {k.Words} ", k.Kind))];

    private static readonly Dictionary<string, string> TypologyKinds = new(StringComparer.Ordinal)
    {
        ["BIB"] = "library",
        ["MSAP"] = "france-services",
        ["RFS"] = "france-services",
        ["ML"] = "mission-locale",
        ["CS"] = "social-centre",
        ["CCAS"] = "ccas",
        ["LA_POSTE"] = "post-office",
        ["CAF"] = "caf",
        ["CPAM"] = "cpam",
        ["PE"] = "employment",
        ["MAIRIE"] = "town-hall",
    };

    /// <summary>Below this code point (Latin-1 and Latin Extended-A/B), each character folds on its own: see <see cref="Fold"/>.</summary>
    private const char FoldedRange = '\u0250';

    /// <summary>
    /// For each character of <see cref="FoldedRange"/>, what <see cref="Normalise"/> keeps of it: its letters and
    /// digits without accents, lower case (null: a separator). Built once from the Unicode decomposition, so that
    /// the names of French places, nearly all in this range, are folded without calling ICU for each string.
    /// </summary>
    private static readonly string?[] Fold = [.. Enumerable.Range(0, FoldedRange).Select(c => FoldSlow(((char)c).ToString()) is { Length: > 0 } folded ? folded : null)];

    /// <summary>Lower case, no accents, every character that is not a letter or digit becomes a space, spaces collapsed.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().ContainsAnyInRange(FoldedRange, char.MaxValue))
        {
            return FoldSlow(text);
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (Fold[c] is { } kept)
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(kept);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The definition of <see cref="Normalise"/>: canonical decomposition, marks dropped, letters and digits kept.</summary>
    internal static string FoldSlow(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of each commune's name, normalised once (one entry per commune of the directory at most).</summary>
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> CommuneWords = new(StringComparer.Ordinal);

    private static readonly HashSet<string> GenericWords =
        ["association", "espace", "centre", "maison", "point", "lieu", "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous"];

    /// <summary>
    /// The words of a normalised name that tell places apart: without generic words and without the commune's
    /// name, which every place of the commune may carry. The whole name when nothing is left.
    /// </summary>
    public static string Significant(string normalisedName, string? commune)
    {
        var communeWords = CommuneWords.GetOrAdd(commune ?? string.Empty, c => Normalise(c).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal));
        var words = normalisedName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !GenericWords.Contains(w) && !communeWords.Contains(w)).ToList();
        return words.Count > 0 ? string.Join(' ', words) : normalisedName;
    }

    /// <summary>Normalised name, with "BP" (La Poste's "bureau de poste") written out.</summary>
    public static string NormaliseName(string? name) => $" {Normalise(name)} ".Replace(" bp ", " bureau de poste ", StringComparison.Ordinal).Trim();

    /// <summary>Normalised address with the usual abbreviations expanded and "12b"/"12 bis" written alike.</summary>
    public static string NormaliseAddress(string? address)
    {
        var words = Normalise(address).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (Abbreviations.TryGetValue(words[i], out var full))
            {
                words[i] = full;
            }
            else if (words[i].Length > 1 && char.IsDigit(words[i][0]) && words[i][^1] is 'b' or 't' && words[i][..^1].All(char.IsDigit))
            {
                words[i] = words[i][..^1] + (words[i][^1] == 'b' ? " bis" : " ter");
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The first number of a normalised address ("106" in "106 avenue georges clemenceau"), if any.</summary>
    public static string? HouseNumber(string normalisedAddress)
    {
        foreach (var word in normalisedAddress.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.All(char.IsDigit))
            {
                return word.TrimStart('0');
            }
        }

        return null;
    }

    public static IReadOnlySet<string> Kinds(string normalisedName, string? typologies)
    {
        var padded = $" {normalisedName} ";
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, kind) in PaddedKindWords)
        {
            if (padded.Contains(words, StringComparison.Ordinal))
            {
                kinds.Add(kind);
            }
        }

        foreach (var code in Split(typologies, s => s.Trim().ToUpperInvariant()))
        {
            if (TypologyKinds.TryGetValue(code, out var kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    /// <summary>
    /// A SIRET worth comparing: 14 digits, not a placeholder (all one digit), passing Luhn — or, for La Poste
    /// (SIREN 356000000), whose establishment numbers fail Luhn, a digit sum divisible by 5.
    /// </summary>
    public static string? CheckedSiret(string? pivot)
    {
        var digits = new string((pivot ?? string.Empty).Where(char.IsDigit).ToArray());
        if (digits.Length != 14 || digits.Distinct().Count() == 1)
        {
            return null;
        }

        if (digits.StartsWith("356000000", StringComparison.Ordinal))
        {
            return digits.Sum(c => c - '0') % 5 == 0 ? digits : null;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = digits[13 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0 ? digits : null;
    }

    /// <summary>Phone numbers, e-mail addresses and website hosts, each prefixed by its kind.</summary>
    public static IReadOnlySet<string> Contacts(string? phone, string? emails, string? websites)
    {
        var contacts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Split(phone, s => new string(s.Where(char.IsDigit).ToArray())))
        {
            if (p.Length >= 8)
            {
                contacts.Add("tel:" + p);
            }
        }

        contacts.UnionWith(Split(emails, s => "mail:" + s.Trim().ToLowerInvariant()));
        foreach (var site in Split(websites, s => s.Trim().ToLowerInvariant()))
        {
            if (Uri.TryCreate(site.Contains("://", StringComparison.Ordinal) ? site : "http://" + site, UriKind.Absolute, out var uri))
            {
                var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
                contacts.Add("web:" + host + uri.AbsolutePath.TrimEnd('/'));
            }
        }

        return contacts;
    }

    public static HashSet<string> Split(string? list, Func<string, string> normalise)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(list))
        {
            return set;
        }

        foreach (var item in list.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var value = normalise(item);
            if (value.Length > 0)
            {
                set.Add(value);
            }
        }

        return set;
    }
}

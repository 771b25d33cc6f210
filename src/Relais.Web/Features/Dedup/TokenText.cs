using System.Numerics;
using System.Text;
using FuzzySharp;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// A normalised text (lower case, words separated by one space: <see cref="MatchText.Normalise"/>) cut into
/// words once per record. FuzzySharp's token ratios re-tokenise both texts with regular expressions on every
/// call (about 10 µs a pair); from words sorted once, each token ratio is one to three plain ratios on the
/// same strings FuzzySharp would build. The plain ratio itself (<see cref="Ratio"/>) counts the longest common
/// subsequence with a bit-parallel loop for texts of up to 64 ASCII characters, and asks FuzzySharp otherwise;
/// <c>TokenTextTests</c> checks both give FuzzySharp's figures.
/// </summary>
public sealed class TokenText
{
    public static readonly TokenText Empty = new(string.Empty);

    public TokenText(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        Text = normalised;
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(words, StringComparer.Ordinal);
        Sorted = string.Join(' ', words);
        Words = [.. words.Distinct(StringComparer.Ordinal)];
    }

    public string Text { get; }

    /// <summary>Every word, sorted (ordinal) and joined by spaces: what a token-sort ratio compares.</summary>
    public string Sorted { get; }

    /// <summary>The distinct words, sorted (ordinal).</summary>
    public IReadOnlyList<string> Words { get; }

    public int Length => Text.Length;

    /// <summary>Ratio of the two texts with their words sorted: word order does not count.</summary>
    public static int TokenSortRatio(TokenText a, TokenText b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Ratio(a.Sorted, b.Sorted);
    }

    /// <summary>
    /// FuzzySharp's <see cref="Fuzz.Ratio(string, string)"/>: 100 × (1 − insertions and deletions needed / total
    /// length), rounded, where the insertions and deletions are the characters outside the longest common
    /// subsequence.
    /// </summary>
    public static int Ratio(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var total = a.Length + b.Length;
        if (a.Length == 0 || b.Length == 0 || a.Length > 64 || !Ascii.IsValid(a) || !Ascii.IsValid(b))
        {
            return Fuzz.Ratio(a, b);
        }

        // Hyyrö's bit-vector LCS: bit k of a character's mask is set where a[k] is that character.
        Span<ulong> masks = stackalloc ulong[128];
        masks.Clear();
        for (var k = 0; k < a.Length; k++)
        {
            masks[a[k]] |= 1UL << k;
        }

        var row = ulong.MaxValue;
        foreach (var c in b)
        {
            var matches = row & masks[c];
            row = (row + matches) | (row - matches);
        }

        var used = a.Length == 64 ? ulong.MaxValue : (1UL << a.Length) - 1;
        var common = BitOperations.PopCount(~row & used);
        var distance = total - (2 * common);
        return (int)Math.Round(100 * ((double)(total - distance) / total));
    }

    /// <summary>
    /// The token-set ratio: the common words, then each text as the common words followed by its own words,
    /// compared pairwise; the best ratio wins, so extra words on one side weigh little.
    /// </summary>
    public static int TokenSetRatio(TokenText a, TokenText b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        List<string> common = [], onlyA = [], onlyB = [];
        int i = 0, j = 0;
        while (i < a.Words.Count || j < b.Words.Count)
        {
            var order = i == a.Words.Count ? 1 : j == b.Words.Count ? -1 : string.CompareOrdinal(a.Words[i], b.Words[j]);
            if (order == 0)
            {
                common.Add(a.Words[i++]);
                j++;
            }
            else if (order < 0)
            {
                onlyA.Add(a.Words[i++]);
            }
            else
            {
                onlyB.Add(b.Words[j++]);
            }
        }

        if (onlyA.Count == 0 && onlyB.Count == 0)
        {
            return 100;
        }

        var intersection = string.Join(' ', common);
        var withA = Combine(intersection, onlyA);
        var withB = Combine(intersection, onlyB);
        return Math.Max(Math.Max(Ratio(intersection, withA), Ratio(intersection, withB)), Ratio(withA, withB));
    }

    private static string Combine(string intersection, List<string> own) =>
        own.Count == 0 ? intersection : intersection.Length == 0 ? string.Join(' ', own) : intersection + " " + string.Join(' ', own);
}

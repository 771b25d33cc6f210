using FuzzySharp;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Features.Places.Search;

/// <summary>
/// The words of a name search (<c>q=</c>): a place matches when its name contains the whole query, or when
/// every word of the query but short ones like "de" is a word of the name, the start of one, or nearly one
/// (a typo). Accents, case and punctuation are ignored on both sides (<see cref="CommuneNameKey"/>).
/// </summary>
public sealed class PlaceNameQuery
{
    private const int FuzzyThreshold = 80;
    private const int OtherLetters = 128; // every character beyond ASCII counts in one bucket: the bound stays an upper bound

    private readonly int[][] _letters;

    public PlaceNameQuery(string text)
    {
        Key = CommuneNameKey.For(text);
        Words = [.. Key.Split(' ').Where(w => w.Length > 2)];
        _letters = [.. Words.Select(Letters)];
    }

    public string Key { get; }

    public IReadOnlyList<string> Words { get; }

    public bool Matches(string name)
    {
        var nameKey = CommuneNameKey.For(name);
        return nameKey.Contains(Key, StringComparison.Ordinal) || MatchesWords(nameKey.Split(' '), WordMatches);
    }

    /// <summary>Every query word matches one of the name's words, as decided by <paramref name="wordMatches"/>(query word index, name word).</summary>
    public bool MatchesWords<TWord>(IReadOnlyList<TWord> nameWords, Func<int, TWord, bool> wordMatches)
    {
        ArgumentNullException.ThrowIfNull(nameWords);
        ArgumentNullException.ThrowIfNull(wordMatches);
        if (Words.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            var found = false;
            for (var n = 0; n < nameWords.Count && !found; n++)
            {
                found = wordMatches(i, nameWords[n]);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    public bool WordMatches(int index, string nameWord)
    {
        ArgumentNullException.ThrowIfNull(nameWord);
        var word = Words[index];
        if (nameWord.StartsWith(word, StringComparison.Ordinal))
        {
            return true;
        }

        // Fuzz.Ratio is 2 × (longest common subsequence) / (sum of lengths). The letters both words have in
        // common bound that subsequence: most words are ruled out without computing the edit distance.
        return word.Length > 3 && 200.0 * CommonLetters(_letters[index], nameWord) / (word.Length + nameWord.Length) >= FuzzyThreshold - 1
            && Fuzz.Ratio(word, nameWord) >= FuzzyThreshold;
    }

    private static int[] Letters(string word)
    {
        var counts = new int[OtherLetters + 1];
        foreach (var c in word)
        {
            counts[Math.Min((int)c, OtherLetters)]++;
        }

        return counts;
    }

    private static int CommonLetters(int[] letters, string word)
    {
        Span<int> left = stackalloc int[OtherLetters + 1];
        letters.CopyTo(left);
        var common = 0;
        foreach (var c in word)
        {
            ref var count = ref left[Math.Min((int)c, OtherLetters)];
            if (count > 0)
            {
                count--;
                common++;
            }
        }

        return common;
    }
}

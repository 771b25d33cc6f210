using System.Text.RegularExpressions;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>
/// The time intervals of one cell, as producers type them: <c>08:00-16:00</c>, <c>07:30-11:30, 12:15-16:00</c>,
/// <c>8h30-12h</c>, <c>9h12h</c>, <c>13:30 à 17:</c>, <c>7 : 30 - 11 : 30 / 12 : 30 - 15 :30</c>. Times pair up
/// in order; any other word makes the cell uninterpretable (<c>x</c>, <c>sous condition</c>), never guessed.
/// </summary>
public static partial class OpeningIntervals
{
    private static readonly HashSet<string> ClosedWords = new(StringComparer.Ordinal) { "", "-", "ferme", "fermee", "closed", "non", "0" };

    /// <summary>Null when the cell cannot be read; an empty list when the cell says "closed" or is empty.</summary>
    public static List<(int Start, int End)>? Parse(string? cell)
    {
        var folded = TermMatcher.Fold(cell ?? string.Empty);
        if (ClosedWords.Contains(folded) || (cell ?? string.Empty).Trim() is "-" or "—")
        {
            return [];
        }

        var times = new List<int>();
        var rest = Times().Replace(cell!, match =>
        {
            times.Add(Minutes(match));
            return " ";
        });
        if (times.Count == 0 || times.Count % 2 == 1 || times.Contains(-1) || Leftover().IsMatch(TermMatcher.Fold(Fillers().Replace(rest, " "))))
        {
            return null;
        }

        var intervals = new List<(int, int)>();
        for (var i = 0; i < times.Count; i += 2)
        {
            if (times[i] >= times[i + 1])
            {
                return null;
            }

            intervals.Add((times[i], times[i + 1]));
        }

        return intervals;
    }

    /// <summary>Times in a text, in order: <c>9h</c>, <c>9h30</c>, <c>09:30</c>, <c>17:</c>, <c>midi</c>.</summary>
    public static IEnumerable<(int Index, int Length, int Minutes)> Find(string text) =>
        Times().Matches(text).Select(m => (m.Index, m.Length, Minutes(m)));

    private static int Minutes(Match match)
    {
        if (match.Groups["noon"].Success)
        {
            return 12 * 60;
        }

        var hours = int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return hours > 24 || minutes > 59 ? -1 : (hours * 60) + minutes;
    }

    // Two minute digits followed by "h" or ":" start the next time ("9h12h" is 9h then 12h, not 9:12).
    [GeneratedRegex(@"(?<![\d:])(?:(?<h>\d{1,2})\s*[hH:]\s*(?<m>\d{2}(?!\s*[hH:]))?|(?<noon>(?<!apr[eè]s[\s-]?)\bmidi\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Times();

    [GeneratedRegex(@"(?i)\b(?:de|des|a|à|et|puis|jusqu'à|jusqu’à|jusqu a)\b|[-–—,;/+&]", RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"[a-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}

using System.Globalization;
using System.Text;

namespace Relais.Web.Infrastructure.Geo;

/// <summary>
/// Comparison key for commune names as producers write them: "ST ETIENNE", "Saint-Étienne", "saint etienne",
/// "L'Abergement-Clémenciat" and "Abergement-Clémenciat (L')" all give the same key.
/// </summary>
public static class CommuneNameKey
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "les", "l" };

    public static string For(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString()
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "st" => "saint", "ste" => "sainte", "s" => "sur", _ => w })
            .ToList();
        if (words.Count > 1 && Articles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && Articles.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}

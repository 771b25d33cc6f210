using System.Globalization;
using System.Text;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>Case- and accent-insensitive matching of the terms of term rules (spec consolidation §2, "our rule").</summary>
public static class TermMatcher
{
    /// <summary>Lower case, no accents, every character that is not a letter or a digit → one space, trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
    }

    public static bool Matches(string cell, string term, TermMatch match, string? separator)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(term);
        var foldedTerm = Fold(term);
        if (foldedTerm.Length == 0)
        {
            return false;
        }

        if (separator is { Length: > 0 })
        {
            return cell.Split(separator).Any(item => Fold(item) == foldedTerm);
        }

        var foldedCell = Fold(cell);
        return match == TermMatch.Contains
            ? foldedCell.Contains(foldedTerm, StringComparison.Ordinal)
            : $" {foldedCell} ".Contains($" {foldedTerm} ", StringComparison.Ordinal);
    }
}

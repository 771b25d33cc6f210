using System.Globalization;
using System.Text;

namespace Relais.Web.Features.Places;

/// <summary>Source names are identifiers (<c>hinaura</c>, <c>mednum-bfc</c>): lower case ASCII, digits, dashes.</summary>
public static class SourceNames
{
    public static bool IsValid(string name)
    {
        try
        {
            Normalize(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static string Normalize(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var normalized = builder.ToString().Trim('-');
        if (normalized.Length is 0 or > 100)
        {
            throw new ArgumentException("Le nom de source doit contenir des lettres ou des chiffres (100 caractères au plus).", nameof(name));
        }

        return normalized;
    }
}

using System.Text.RegularExpressions;

namespace Relais.Web.Features.Accounts;

/// <summary>SIRET (14 digits, Luhn key, La Poste's rule) and RNA (W + 9 digits) numbers of organisations.</summary>
public static partial class OrganisationIdentifiers
{
    public static string? NormalizeSiret(string? value)
    {
        var digits = new string((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        return digits.Length == 14 && digits.All(char.IsAsciiDigit) && Standard.Validation.PivotRules.HasValidSiretCheckDigit(digits) ? digits : null;
    }

    public static string? NormalizeRna(string? value)
    {
        var text = (value ?? string.Empty).Trim().ToUpperInvariant();
        return Rna().IsMatch(text) ? text : null;
    }

    /// <summary>A SIRET or an RNA number, as the CLI's <c>--organisation</c> takes it.</summary>
    public static (string? Siret, string? Rna) Parse(string value) => (NormalizeSiret(value), NormalizeRna(value));

    [GeneratedRegex("^W[0-9A-Z][0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rna();
}

using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// Postcodes and INSEE codes as spreadsheets and JSON numbers mangle them: <c>1000</c> for <c>01000</c>
/// (a number loses its leading zero), <c>21 000</c>, <c>2a004</c>…; a pivot of zeros is the "unknown" placeholder.
/// </summary>
public static class CodeRules
{
    public static void Apply(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Repair(log[CodePostal], allowCorsica: false) is { } postcode)
        {
            log.Set(CodePostal, postcode, "code_postal.repaired");
        }

        if (Repair(log[CodeInsee], allowCorsica: true) is { } insee)
        {
            log.Set(CodeInsee, insee, "code_insee.repaired");
        }

        // "0", "000": forms, spreadsheets and exports write zeros for "unknown"; the standard's placeholder says it.
        if (log[Pivot]?.Trim() is { Length: > 0 and < 14 } pivot && pivot.All(c => c == '0'))
        {
            log.Set(Pivot, Placeholder, "pivot.placeholder");
        }
    }

    private const string Placeholder = "00000000000000";

    /// <summary>The repaired code, or null when there is nothing to repair (or nothing safe to do).</summary>
    public static string? Repair(string? raw, bool allowCorsica)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (allowCorsica && text.Length == 5 && text[0] == '2' && text[1] is 'a' or 'b')
        {
            text = string.Concat("2", char.ToUpperInvariant(text[1]).ToString(), text.AsSpan(2));
        }

        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            text = "0" + text;
        }

        return text == raw ? null : text;
    }
}

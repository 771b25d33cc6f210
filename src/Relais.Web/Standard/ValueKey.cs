using System.Text;

namespace Relais.Web.Standard;

public static class ValueKey
{
    /// <summary>
    /// Key that ignores the variations seen in real files: curly apostrophes, non-breaking spaces, repeated
    /// spaces, case, Unicode normal form and a missing space before a parenthesis.
    /// </summary>
    public static string Lenient(string value)
    {
        // Below U+0300 (no combining mark) a text is already composed: skip the call to ICU.
        var normalized = (value.AsSpan().ContainsAnyInRange('\u0300', char.MaxValue) ? value.Normalize(NormalizationForm.FormC) : value).Trim();
        var builder = new StringBuilder(normalized.Length);
        var previousSpace = false;
        foreach (var c in normalized)
        {
            var ch = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u00A0' or '\u202F' or '\t' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (ch == '(' && !previousSpace && builder.Length > 0)
            {
                builder.Append(' ');
                previousSpace = true;
            }

            if (ch == ' ')
            {
                if (previousSpace)
                {
                    continue;
                }

                previousSpace = true;
            }
            else
            {
                previousSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}

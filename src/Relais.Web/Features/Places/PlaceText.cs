using System.Globalization;

namespace Relais.Web.Features.Places;

/// <summary>How place values read for people: phone numbers in the French way, dates in words.</summary>
public static class PlaceText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary><c>+33326000000</c> → <c>03 26 00 00 00</c>; overseas and other forms are grouped by two after the prefix.</summary>
    public static string Phone(string international)
    {
        ArgumentNullException.ThrowIfNull(international);
        var national = international.StartsWith("+33", StringComparison.Ordinal) ? "0" + international[3..] : international;
        var start = national.StartsWith('+') ? 4 : 0;
        var groups = new List<string> { national[..start] };
        for (var i = start; i < national.Length; i += 2)
        {
            groups.Add(national.Substring(i, Math.Min(2, national.Length - i)));
        }

        return string.Join(' ', groups.Where(g => g.Length > 0));
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", French);
}

using System.Globalization;
using System.Text.RegularExpressions;
using Relais.Web.Infrastructure;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// <c>date_maj</c> in every format seen in sources (spec consolidation §7.3): <c>YYYY-MM-DD</c> with or
/// without a time and zone, <c>YYYY/MM/DD</c>, <c>DD/MM/YYYY</c> (also with <c>-</c> or <c>.</c>, day first,
/// never the US order), a 10-digit Unix timestamp. A missing or unreadable date becomes the import date, with
/// a warning "date d'origine inconnue" — never 1970, which would make the place look abandoned.
/// </summary>
public static partial class DateRules
{
    public static void Apply(CleanupLog log, DateOnly importDate)
    {
        ArgumentNullException.ThrowIfNull(log);
        var raw = log[DateMaj]?.Trim();
        if (raw is { Length: 10 } && IsoDate().IsMatch(raw) && TryDate(raw[..4], raw.Substring(5, 2), raw.Substring(8, 2), out _))
        {
            return;
        }

        if (Parse(raw) is { } date)
        {
            log.Set(DateMaj, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date_maj.reformatted");
            return;
        }

        log.Warn(DateMaj, "unknown", string.IsNullOrEmpty(raw)
            ? "Date de mise à jour absente : la date d'import est utilisée (date d'origine inconnue)."
            : $"Date de mise à jour illisible (« {raw} ») : la date d'import est utilisée (date d'origine inconnue).");
        log.Set(DateMaj, importDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date_maj.unknown");
    }

    public static DateOnly? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        if (YearFirst().Match(text) is { Success: true } yearFirst && TryDate(yearFirst.Groups[1].Value, yearFirst.Groups[2].Value, yearFirst.Groups[3].Value, out var date))
        {
            return date;
        }

        if (DayFirst().Match(text) is { Success: true } dayFirst && TryDate(dayFirst.Groups[3].Value, dayFirst.Groups[2].Value, dayFirst.Groups[1].Value, out date))
        {
            return date;
        }

        if (text.Length == 10 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), ParisTime.Zone).DateTime);
        }

        return null;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1900 || y > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // 2024-03-05, 2024-03-05T10:00:00Z, 2024-03-05 10:00:00+01:00, 2024/03/05 10:00
    [GeneratedRegex(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    // 05/03/2024, 5/3/2024 10:00, 05-03-2024, 05.03.2024
    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}

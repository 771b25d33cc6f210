namespace Relais.Web.OpeningHours;

public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// French public holidays (Code du travail, art. L3133-1), plus Good Friday and 26 December in
/// Alsace-Moselle (départements 57, 67, 68), where local law adds them.
/// </summary>
public static class FrenchPublicHolidays
{
    public static bool IsPublicHoliday(DateOnly date, string? departementCode = null) =>
        GetName(date, departementCode) is not null;

    public static string? GetName(DateOnly date, string? departementCode = null)
    {
        date.Deconstruct(out int year, out int month, out int day);
        string? fixedHoliday = (month, day) switch
        {
            (1, 1) => "Jour de l'an",
            (5, 1) => "Fête du Travail",
            (5, 8) => "Victoire 1945",
            (7, 14) => "Fête nationale",
            (8, 15) => "Assomption",
            (11, 1) => "Toussaint",
            (11, 11) => "Armistice 1918",
            (12, 25) => "Noël",
            (12, 26) when IsAlsaceMoselle(departementCode) => "Saint-Étienne",
            _ => null,
        };
        if (fixedHoliday is not null)
        {
            return fixedHoliday;
        }

        // Every Easter-based holiday falls between 20 March and 14 June: skip the computation otherwise.
        if (month is < 3 or > 6)
        {
            return null;
        }

        return (date.DayNumber - EasterSunday(year).DayNumber) switch
        {
            1 => "Lundi de Pâques",
            39 => "Ascension",
            50 => "Lundi de Pentecôte",
            -2 when IsAlsaceMoselle(departementCode) => "Vendredi saint",
            _ => null,
        };
    }

    public static IReadOnlyList<PublicHoliday> ForYear(int year, string? departementCode = null)
    {
        var holidays = new List<PublicHoliday>(13);
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            if (GetName(date, departementCode) is { } name)
            {
                holidays.Add(new PublicHoliday(date, name));
            }
        }

        return holidays;
    }

    public static bool IsAlsaceMoselle(string? departementCode) =>
        departementCode?.Trim() is "57" or "67" or "68";

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}

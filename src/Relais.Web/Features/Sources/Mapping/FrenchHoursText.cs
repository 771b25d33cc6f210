using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Relais.Web.OpeningHours;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>
/// French opening hours in words to OSM <c>opening_hours</c>: "du lundi au vendredi de 9h à 12h et de 14h à
/// 17h", "le mardi de 14h à 18h", "lundi et mardi : 9h-12h ; jeudi 14h-17h", "tous les jours de 10h à 19h
/// sauf le dimanche", "fermé le lundi", "sauf jours fériés". Anything that depends on the calendar (1er
/// mardi du mois, semaines paires, vacances scolaires) or cannot be read whole gives null: no hours is better
/// than wrong hours.
/// </summary>
public static partial class FrenchHoursText
{
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal)
    {
        "mois", "premier", "premiere", "dernier", "derniere", "deuxieme", "troisieme", "quatrieme", "1er", "2e", "2eme", "3e", "3eme", "4e", "4eme",
        "pair", "paire", "paires", "impair", "impaire", "impaires", "vacances", "scolaire", "scolaires", "ferie", "feries", "semaine", "semaines",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "ete", "hiver",
    };

    public static string? ToOsm(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = Unaccent(text.ToLowerInvariant());
        var publicHolidaysOff = PublicHolidaysOff().IsMatch(folded);
        folded = PublicHolidaysOff().Replace(folded, " ; ");
        folded = AllDays().Replace(folded, " lundi au dimanche ");
        folded = Weekdays().Replace(folded, " lundi au vendredi ");
        folded = Weekend().Replace(folded, " samedi et dimanche ");
        folded = AfternoonWord().Replace(folded, " apresmidi ");

        var schedule = Read(Tokens(folded));
        if (schedule is null || schedule.IsEmpty || schedule.ToOsm() is not { } osm)
        {
            return null;
        }

        if (publicHolidaysOff)
        {
            osm += "; PH off";
        }

        return OpeningHoursSchedule.Parse(osm).Success ? osm : null;
    }

    private static WeekSchedule? Read(IEnumerable<(char Kind, int Value)> tokens)
    {
        var schedule = new WeekSchedule();
        var closed = new HashSet<int>();
        Group current = new();
        var mode = 'n'; // n = normal, x = except ("sauf"), c = closed ("fermé")
        var lastDay = -1;
        var range = false;

        bool Flush()
        {
            if (current.Days.Count > 0 && current.Times.Count > 0)
            {
                if (current.Times.Count % 2 == 1)
                {
                    return false;
                }

                foreach (var day in current.Days.Except(current.Except))
                {
                    for (var i = 0; i < current.Times.Count; i += 2)
                    {
                        if (current.Times[i] >= current.Times[i + 1])
                        {
                            return false;
                        }

                        schedule.Add(day, current.Times[i], current.Times[i + 1]);
                    }
                }

                current = new Group();
            }

            return true;
        }

        foreach (var (kind, value) in tokens)
        {
            switch (kind)
            {
                case 'B':
                    return null;
                case ';':
                    if (!Flush())
                    {
                        return null;
                    }

                    mode = 'n';
                    lastDay = -1;
                    break;
                case 'T':
                    if (mode == 'c' || value < 0)
                    {
                        return null;
                    }

                    current.Times.Add(value);
                    mode = 'n';
                    lastDay = -1;
                    break;
                case 'R':
                    range = lastDay >= 0;
                    break;
                case 'C':
                    if (mode == 'n' && current.Days.Count > 0 && current.Times.Count == 0)
                    {
                        closed.UnionWith(current.Days); // "mardi : fermé"
                        current = new Group();
                    }
                    else if (!Flush())
                    {
                        return null;
                    }
                    else
                    {
                        mode = 'c';
                    }

                    break;
                case 'X':
                    mode = 'x';
                    break;
                case 'D':
                    if (mode == 'n' && current.Days.Count > 0 && current.Times.Count > 0 && !range && !Flush())
                    {
                        return null;
                    }

                    var target = mode switch { 'x' => current.Except, 'c' => closed, _ => current.Days };
                    if (range)
                    {
                        for (var day = lastDay; day != value; day = (day + 1) % 7)
                        {
                            target.Add(day);
                        }
                    }

                    target.Add(value);
                    lastDay = value;
                    range = false;
                    break;
            }
        }

        if (!Flush() || current.Days.Count > 0 || current.Times.Count > 0)
        {
            return null;
        }

        foreach (var day in closed)
        {
            schedule.Close(day);
        }

        return schedule;
    }

    /// <summary>D = day, T = time (minutes), R = range word, C = closed, X = except, ; = clause end, B = blocking word.</summary>
    private static IEnumerable<(char Kind, int Value)> Tokens(string text)
    {
        var position = 0;
        foreach (var (index, length, minutes) in OpeningIntervals.Find(text).ToList())
        {
            foreach (var token in Words(text[position..index]))
            {
                yield return token;
            }

            yield return ('T', minutes);
            position = index + length;
        }

        foreach (var token in Words(text[position..]))
        {
            yield return token;
        }
    }

    private static IEnumerable<(char Kind, int Value)> Words(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            if (word is ";" or "|")
            {
                yield return (';', 0);
            }
            else if (word is "-" or "au" or "a" or "jusqu")
            {
                yield return ('R', 0);
            }
            else if (word is "ferme" or "fermee" or "fermes" or "fermees" or "fermeture")
            {
                yield return ('C', 0);
            }
            else if (word is "sauf" or "hors")
            {
                yield return ('X', 0);
            }
            else if (Blocking.Contains(word) || word.All(char.IsAsciiDigit))
            {
                yield return ('B', 0);
            }
            else if (WeekDays.Parse(word) is var day and >= 0 && word.Length >= 3)
            {
                yield return ('D', day);
            }
        }
    }

    private static string Unaccent(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class Group
    {
        public HashSet<int> Days { get; } = [];

        public HashSet<int> Except { get; } = [];

        public List<int> Times { get; } = [];
    }

    [GeneratedRegex(@"[a-z0-9]+|[;|\-]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:sauf|ferme[es]*)\s+(?:les\s+)?jours?\s+feries?", RegexOptions.CultureInvariant)]
    private static partial Regex PublicHolidaysOff();

    [GeneratedRegex(@"tous\s+les\s+jours|7\s*j?\s*/\s*7", RegexOptions.CultureInvariant)]
    private static partial Regex AllDays();

    [GeneratedRegex(@"\ben\s+semaine\b|\bjours\s+ouvres\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"\b(?:le\s+)?week-?end\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"apres[\s-]?midi", RegexOptions.CultureInvariant)]
    private static partial Regex AfternoonWord();
}

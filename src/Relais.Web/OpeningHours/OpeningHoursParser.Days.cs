namespace Relais.Web.OpeningHours;

internal ref partial struct OpeningHoursParser
{
    private readonly bool StartsWeekdayItem(Token token) =>
        WeekdayOf(token) >= 0 || IsKeyword(token, "PH") || IsKeyword(token, "SH");

    private bool TryParseWeeks(out WeekRange[]? weeks)
    {
        weeks = null;
        Advance();
        var list = new List<WeekRange>(1);
        while (true)
        {
            var fromToken = current;
            if (!TryReadWeek(out int from))
            {
                return false;
            }

            int to = from;
            int step = 1;
            if (current.Kind == TokenKind.Dash)
            {
                Advance();
                if (!TryReadWeek(out to))
                {
                    return false;
                }

                if (current.Kind == TokenKind.Slash)
                {
                    Advance();
                    if (current.Kind != TokenKind.Number || current.Value < 1 || current.Value > 53)
                    {
                        return FailExpected("un pas de semaines entre 1 et 53 (ex. week 1-53/2)", current);
                    }

                    step = current.Value;
                    Advance();
                }
            }

            if (from > to && step > 1)
            {
                return FailUnsupported(fromToken, "les plages de semaines à cheval sur deux années avec un pas");
            }

            list.Add(new WeekRange(from, to, step));
            if (current.Kind == TokenKind.Comma && Peek().Kind == TokenKind.Number && !NextNumberIsTime())
            {
                Advance();
                continue;
            }

            break;
        }

        weeks = [.. list];
        return true;
    }

    private bool TryReadWeek(out int week)
    {
        week = current.Value;
        if (current.Kind != TokenKind.Number || week < 1 || week > 53)
        {
            return current.Kind == TokenKind.Number
                ? Fail("invalid-value", $"Numéro de semaine invalide « {Text(current)} » (1 à 53).", current.Start)
                : FailExpected("un numéro de semaine (1 à 53)", current);
        }

        Advance();
        return true;
    }

    private bool TryParseWeekdays(out WeekdayItem[]? weekdays)
    {
        weekdays = null;
        var list = new SmallList<WeekdayItem>(stackalloc WeekdayItem[8]);
        while (true)
        {
            var token = current;
            if (IsKeyword(token, "SH"))
            {
                return FailUnsupported(token, "les vacances scolaires (SH)");
            }

            if (IsKeyword(token, "PH"))
            {
                Advance();
                if (current.Kind is TokenKind.Plus or TokenKind.Dash || IsKeyword(current, "SH"))
                {
                    return FailUnsupported(current, "les décalages ou combinaisons de jours fériés");
                }

                list.Add(WeekdayItem.Holidays);
            }
            else
            {
                int from = WeekdayOf(token);
                if (from < 0)
                {
                    return FailExpected("un jour (Mo, Tu, We, Th, Fr, Sa, Su) ou PH", token);
                }

                Advance();
                int to = from;
                if (current.Kind == TokenKind.Dash)
                {
                    Advance();
                    to = WeekdayOf(current);
                    if (to < 0)
                    {
                        return FailExpected("un jour de fin de plage (Mo … Su)", current);
                    }

                    Advance();
                }

                if (current.Kind == TokenKind.LeftBracket)
                {
                    return FailUnsupported(current, "les occurrences dans le mois (ex. Mo[1])");
                }

                list.Add(new WeekdayItem(from, to));
            }

            if (current.Kind == TokenKind.Comma && StartsWeekdayItem(Peek()))
            {
                Advance();
                continue;
            }

            break;
        }

        // "Mo-Fr: 09:00-12:00" is a common slip with a single meaning.
        if (current.Kind == TokenKind.Colon && Peek().Kind == TokenKind.Number)
        {
            Advance();
        }

        weekdays = list.ToArray();
        return true;
    }
}

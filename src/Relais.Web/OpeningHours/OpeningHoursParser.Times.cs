namespace Relais.Web.OpeningHours;

internal ref partial struct OpeningHoursParser
{
    private bool TryParseTimes(out MinuteRange[]? times)
    {
        times = null;
        var ranges = new SmallList<MinuteRange>(stackalloc MinuteRange[8]);
        while (true)
        {
            if (!TryParseTimeRange(out var range))
            {
                return false;
            }

            ranges.Add(range);
            if (current.Kind == TokenKind.Comma && Peek().Kind == TokenKind.Number)
            {
                Advance();
                continue;
            }

            // "09:00-12:00 14:00-18:00": the missing comma is unambiguous.
            if (current.Kind != TokenKind.Number)
            {
                break;
            }
        }

        times = ranges.ToArray();
        return true;
    }

    private bool TryParseTimeRange(out MinuteRange range)
    {
        range = default;
        int rangeStart = current.Start;
        if (!TryParseTime(out int start))
        {
            return false;
        }

        if (start >= MinuteRange.MinutesPerDay)
        {
            return Fail("invalid-value", "Une plage horaire ne peut pas commencer à 24:00 ou après.", rangeStart);
        }

        if (current.Kind == TokenKind.Plus)
        {
            return FailUnsupported(current, "les heures de fermeture non précisées (« + »)");
        }

        if (current.Kind != TokenKind.Dash)
        {
            return FailExpected("« - » suivi de l'heure de fermeture", current);
        }

        Advance();
        if (!TryParseTime(out int end))
        {
            return false;
        }

        if (current.Kind == TokenKind.Plus)
        {
            return FailUnsupported(current, "les heures de fermeture non précisées (« + »)");
        }

        if (current.Kind == TokenKind.Slash)
        {
            return FailUnsupported(current, "les horaires périodiques (« / »)");
        }

        if (end == start)
        {
            return Fail("invalid-value", $"La plage « {source[rangeStart..current.Start].TrimEnd()} » a une durée nulle.", rangeStart);
        }

        // "18:00-02:00" ends the next day; start < 24:00 guarantees end + 24:00 stays below 48:00.
        bool wrapped = end < start;
        range = new MinuteRange(start, wrapped ? end + MinuteRange.MinutesPerDay : end, wrapped);
        return true;
    }

    private bool TryParseTime(out int minutes)
    {
        minutes = 0;
        var hour = current;
        if (hour.Kind != TokenKind.Number)
        {
            return FailExpected("une heure au format HH:MM", hour);
        }

        if (hour.Length > 2 || hour.Value > 48)
        {
            return Fail("invalid-value", $"Heure invalide « {Text(hour)} » : le format attendu est HH:MM.", hour.Start);
        }

        Advance();
        int minute = 0;
        if (current.Kind == TokenKind.Colon)
        {
            Advance();
            if (current.Kind != TokenKind.Number || current.Length != 2 || current.Value > 59)
            {
                return Fail("invalid-value", $"Minutes invalides après « {Text(hour)}: » : deux chiffres de 00 à 59 sont attendus.", current.Start);
            }

            minute = current.Value;
            Advance();
        }
        else if (IsKeyword(current, "h"))
        {
            // French "9h30" / "9h": the minutes, if any, are glued to the "h".
            int glued = current.End;
            Advance();
            if (current.Kind == TokenKind.Number && current.Start == glued)
            {
                if (current.Length != 2 || current.Value > 59)
                {
                    return Fail("invalid-value", $"Minutes invalides « {Text(current)} ».", current.Start);
                }

                minute = current.Value;
                Advance();
            }
        }
        else
        {
            return FailExpected("« : » (heure au format HH:MM)", current);
        }

        minutes = (hour.Value * 60) + minute;
        if (minutes > 2 * MinuteRange.MinutesPerDay)
        {
            return Fail("invalid-value", $"Heure invalide « {Text(hour)} ».", hour.Start);
        }

        return true;
    }
}

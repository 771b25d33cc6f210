namespace Relais.Web.OpeningHours;

internal ref partial struct OpeningHoursParser
{
    private const int MinYear = 1970;
    private const int MaxYear = 2200;

    private readonly bool StartsDateSelector() => StartsDateItem(current);

    private readonly bool StartsDateItem(Token token) =>
        MonthOf(token) > 0 || (token.Kind == TokenKind.Number && token.Length == 4);

    private bool TryParseDates(out YearRange[]? years, out MonthDayRange[]? dates)
    {
        years = null;
        dates = null;
        List<YearRange>? yearList = null;
        List<MonthDayRange>? dateList = null;
        while (true)
        {
            if (current.Kind == TokenKind.Number && MonthOf(Peek()) < 0)
            {
                if (!TryParseYearRange(out var yearRange))
                {
                    return false;
                }

                (yearList ??= []).Add(yearRange);
            }
            else
            {
                if (!TryParseMonthDayRange(out var dateRange))
                {
                    return false;
                }

                (dateList ??= []).Add(dateRange);
            }

            if (current.Kind == TokenKind.Comma && StartsDateItem(Peek()))
            {
                Advance();
                continue;
            }

            // "2025-2026 Jan-Mar": a year selector directly followed by months.
            if (dateList is null && MonthOf(current) > 0)
            {
                continue;
            }

            break;
        }

        years = yearList?.ToArray();
        dates = dateList?.ToArray();
        return true;
    }

    private bool TryParseYearRange(out YearRange range)
    {
        range = default;
        var fromToken = current;
        if (!TryReadYear(out int from))
        {
            return false;
        }

        int to = from;
        if (current.Kind == TokenKind.Dash && Peek().Kind == TokenKind.Number)
        {
            Advance();
            if (!TryReadYear(out to))
            {
                return false;
            }

            if (to < from)
            {
                return Fail("invalid-value", $"Plage d'années inversée « {from}-{to} ».", fromToken.Start);
            }
        }

        range = new YearRange(from, to);
        return true;
    }

    private bool TryReadYear(out int year)
    {
        year = current.Value;
        if (current.Kind != TokenKind.Number || current.Length != 4 || year < MinYear || year > MaxYear)
        {
            return Fail("invalid-value", $"« {Text(current)} » n'est ni une année valide ni une heure au format HH:MM.", current.Start);
        }

        Advance();
        return true;
    }

    private bool TryParseMonthDayRange(out MonthDayRange range)
    {
        range = default;
        int rangeStart = current.Start;
        int startYear = 0;
        if (current.Kind == TokenKind.Number && !TryReadYear(out startYear))
        {
            return false;
        }

        int startMonth = MonthOf(current);
        if (startMonth < 0)
        {
            return FailExpected("un mois (Jan, Feb…)", current);
        }

        Advance();
        int startDay = 0;
        if (IsDayNumber() && !TryReadDay(startMonth, out startDay))
        {
            return false;
        }

        int endYear = startYear;
        int endMonth = startMonth;
        int endDay = startDay;
        bool endYearWritten = false;
        var afterDash = Peek();
        if (current.Kind == TokenKind.Dash && (afterDash.Kind == TokenKind.Number || MonthOf(afterDash) > 0))
        {
            Advance();
            if (current.Kind == TokenKind.Number && current.Length == 4)
            {
                if (!TryReadYear(out endYear))
                {
                    return false;
                }

                endYearWritten = true;
            }

            if (MonthOf(current) > 0)
            {
                endMonth = MonthOf(current);
                Advance();
                endDay = 0;
                if (IsDayNumber() && !TryReadDay(endMonth, out endDay))
                {
                    return false;
                }
            }
            else if (current.Kind == TokenKind.Number && startDay > 0 && !endYearWritten)
            {
                if (!TryReadDay(endMonth, out endDay))
                {
                    return false;
                }
            }
            else
            {
                return FailExpected("un mois ou un jour", current);
            }

            if ((startDay == 0) != (endDay == 0))
            {
                return Fail(
                    "unsupported",
                    "Une plage de dates doit préciser le jour à ses deux bornes (Dec 24-26) ou à aucune (Jan-Jun).",
                    rangeStart);
            }
        }

        if (endYearWritten && startYear == 0)
        {
            return Fail("syntax", "Une année de fin suppose une année de début (ex. 2026 Dec 24-2027 Jan 02).", rangeStart);
        }

        if (startYear > 0 && !endYearWritten && (endMonth * 100) + endDay < (startMonth * 100) + startDay)
        {
            endYear = startYear + 1;
        }

        if (endYearWritten && ((endYear * 10_000L) + (endMonth * 100) + endDay < (startYear * 10_000L) + (startMonth * 100) + startDay))
        {
            return Fail("invalid-value", "La date de fin précède la date de début.", rangeStart);
        }

        range = new MonthDayRange(startYear, startMonth, startDay, endYear, endMonth, endDay, endYearWritten);
        return true;
    }

    /// <summary>A day of month follows a month name, unless the number is the hour of a time ("Dec 09:00-12:00").</summary>
    private readonly bool IsDayNumber()
    {
        return current.Kind == TokenKind.Number && current.Length <= 2 && !IsTimeSeparator(Peek());
    }

    private bool TryReadDay(int month, out int day)
    {
        day = current.Value;
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return Fail("invalid-value", $"Le jour « {Text(current)} » n'existe pas en {OpeningHoursText.MonthName(month)}.", current.Start);
        }

        Advance();
        return true;
    }
}

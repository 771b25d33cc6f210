namespace Relais.Web.OpeningHours;

/// <summary>
/// Single-pass recursive descent over the lexer. Failures are reported through fields rather than
/// exceptions so that bulk validation of a dataset stays cheap.
/// </summary>
internal ref partial struct OpeningHoursParser
{
    private readonly string source;
    private OpeningHoursLexer lexer;
    private Token current;
    private string? errorCode;
    private string? errorMessage;
    private int errorPosition;

    private OpeningHoursParser(string source)
    {
        this.source = source;
        lexer = new OpeningHoursLexer(source);
        current = lexer.Next();
    }

    public static OpeningHoursParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return OpeningHoursParseResult.Failure("empty", "Aucun horaire n'est renseigné.", 0);
        }

        var parser = new OpeningHoursParser(text);
        var rules = parser.ParseRules();
        return rules is null
            ? OpeningHoursParseResult.Failure(parser.errorCode!, parser.errorMessage!, parser.errorPosition)
            : OpeningHoursParseResult.Ok(new OpeningHoursSchedule(rules, text));
    }

    private OpeningHoursRule[]? ParseRules()
    {
        var buffer = default(RuleBuffer);
        var rules = new SmallList<OpeningHoursRule>(buffer);
        var separator = RuleSeparator.Normal;
        while (true)
        {
            // Empty rules (";;", a trailing ";") are tolerated: they carry no meaning.
            while (current.Kind == TokenKind.Semicolon)
            {
                Advance();
                separator = RuleSeparator.Normal;
            }

            if (current.Kind == TokenKind.End)
            {
                break;
            }

            var rule = ParseRule(separator);
            if (rule is null)
            {
                return null;
            }

            rules.Add(rule);
            switch (current.Kind)
            {
                case TokenKind.End:
                case TokenKind.Semicolon:
                    separator = RuleSeparator.Normal;
                    break;
                case TokenKind.DoublePipe:
                case TokenKind.Comma:
                    separator = current.Kind == TokenKind.Comma ? RuleSeparator.Additive : RuleSeparator.Fallback;
                    var separatorToken = current;
                    Advance();
                    if (current.Kind is TokenKind.End or TokenKind.Semicolon or TokenKind.DoublePipe or TokenKind.Comma)
                    {
                        Fail("syntax", $"Une règle est attendue après « {Text(separatorToken)} ».", separatorToken.Start);
                        return null;
                    }

                    break;
                default:
                    FailMisplaced(current);
                    return null;
            }
        }

        if (rules.Count == 0)
        {
            Fail("empty", "Aucune règle d'horaires n'est renseignée.", 0);
            return null;
        }

        return rules.ToArray();
    }

    private OpeningHoursRule? ParseRule(RuleSeparator separator)
    {
        int start = current.Start;
        YearRange[]? years = null;
        MonthDayRange[]? dates = null;
        WeekRange[]? weeks = null;
        WeekdayItem[]? weekdays = null;
        MinuteRange[]? times = null;
        bool twentyFourSeven = IsTwentyFourSeven();
        if (twentyFourSeven)
        {
            Advance();
            Advance();
            Advance();
        }
        else
        {
            if (StartsDateSelector() && !TryParseDates(out years, out dates))
            {
                return null;
            }

            if (IsKeyword(current, "week") && !TryParseWeeks(out weeks))
            {
                return null;
            }

            if (StartsWeekdayItem(current) && !TryParseWeekdays(out weekdays))
            {
                return null;
            }

            if (current.Kind == TokenKind.Number && !TryParseTimes(out times))
            {
                return null;
            }
        }

        RuleState? state = ModifierOf(current);
        if (state is not null)
        {
            Advance();
        }

        string? comment = null;
        if (current.Kind == TokenKind.Comment)
        {
            comment = source.Substring(current.Start + 1, current.Length - 2);
            Advance();
        }

        if (current.Start == start)
        {
            FailUnexpected(current);
            return null;
        }

        var selectors = new RuleSelectors(twentyFourSeven, years, dates, weeks, weekdays);
        return new OpeningHoursRule(separator, selectors, times, state, comment);
    }

    private readonly RuleState? ModifierOf(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var word = Text(token);
        if (Keywords.Is(word, "off") || Keywords.Is(word, "closed"))
        {
            return RuleState.Closed;
        }

        if (Keywords.Is(word, "open"))
        {
            return RuleState.Open;
        }

        return Keywords.Is(word, "unknown") ? RuleState.Unknown : null;
    }
}

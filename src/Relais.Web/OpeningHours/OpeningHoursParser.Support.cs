namespace Relais.Web.OpeningHours;

internal ref partial struct OpeningHoursParser
{
    private void Advance() => current = lexer.Next();

    private readonly Token Peek()
    {
        var copy = lexer;
        return copy.Next();
    }

    private readonly (Token First, Token Second) PeekTwo()
    {
        var copy = lexer;
        var first = copy.Next();
        return (first, copy.Next());
    }

    private readonly ReadOnlySpan<char> Text(Token token) => source.AsSpan(token.Start, token.Length);

    private readonly bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Word && Keywords.Is(Text(token), keyword);

    private readonly int MonthOf(Token token) => token.Kind == TokenKind.Word ? Keywords.Month(Text(token)) : -1;

    private readonly int WeekdayOf(Token token) => token.Kind == TokenKind.Word ? Keywords.Weekday(Text(token)) : -1;

    private readonly bool IsTwentyFourSeven()
    {
        if (current.Kind != TokenKind.Number || current.Value != 24 || current.Length != 2)
        {
            return false;
        }

        var (slash, seven) = PeekTwo();
        return slash.Kind == TokenKind.Slash && seven.Kind == TokenKind.Number && seven.Value == 7 && seven.Length == 1;
    }

    /// <summary>True when the number after the current token is followed by ":" or "h", i.e. starts a time.</summary>
    private readonly bool NextNumberIsTime()
    {
        var (number, after) = PeekTwo();
        return number.Kind == TokenKind.Number && IsTimeSeparator(after);
    }

    private readonly bool IsTimeSeparator(Token token) => token.Kind == TokenKind.Colon || IsKeyword(token, "h");

    private bool Fail(string code, string message, int position)
    {
        errorCode = code;
        errorMessage = message;
        errorPosition = position;
        return false;
    }

    private bool FailUnsupported(Token token, string what) =>
        Fail("unsupported", $"Construction non prise en charge : {what}.", token.Start);

    private bool FailExpected(string expected, Token found) => found.Kind switch
    {
        TokenKind.End => Fail("syntax", $"Fin inattendue : {expected} est attendu.", found.Start),
        TokenKind.UnterminatedComment => FailUnexpected(found),
        TokenKind.Invalid => FailUnexpected(found),
        _ => Fail("syntax", $"« {Text(found)} » inattendu : {expected} est attendu.", found.Start),
    };

    private bool FailUnexpected(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.End:
                return Fail("syntax", "Fin inattendue des horaires.", token.Start);
            case TokenKind.UnterminatedComment:
                return Fail("syntax", "Commentaire non terminé : le guillemet fermant manque.", token.Start);
            case TokenKind.Invalid:
                return Fail("syntax", $"Caractère inattendu « {Text(token)} ».", token.Start);
            case TokenKind.Word:
                var unsupported = UnsupportedKeyword(Text(token));
                return unsupported is not null
                    ? FailUnsupported(token, unsupported)
                    : Fail("syntax", $"Mot non reconnu « {Text(token)} ».", token.Start);
            case TokenKind.LeftBracket:
                return FailUnsupported(token, "les occurrences dans le mois (ex. Mo[1])");
            default:
                return Fail("syntax", $"« {Text(token)} » inattendu.", token.Start);
        }
    }

    private bool FailMisplaced(Token token)
    {
        if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Colon or TokenKind.Dash
            && (token.Kind != TokenKind.Word || IsKnownWord(Text(token))))
        {
            return Fail(
                "syntax",
                $"« {Text(token)} » inattendu à cet endroit ; les règles se séparent par « ; ».",
                token.Start);
        }

        return FailUnexpected(token);
    }

    private static bool IsKnownWord(ReadOnlySpan<char> word) =>
        Keywords.Weekday(word) >= 0 || Keywords.Month(word) >= 0 || Keywords.Is(word, "PH") || Keywords.Is(word, "week")
        || Keywords.Is(word, "off") || Keywords.Is(word, "closed") || Keywords.Is(word, "open") || Keywords.Is(word, "unknown");

    private static string? UnsupportedKeyword(ReadOnlySpan<char> word)
    {
        if (Keywords.Is(word, "SH"))
        {
            return "les vacances scolaires (SH)";
        }

        if (Keywords.Is(word, "easter"))
        {
            return "les dates relatives à Pâques (easter)";
        }

        if (Keywords.Is(word, "sunrise") || Keywords.Is(word, "sunset") || Keywords.Is(word, "dawn") || Keywords.Is(word, "dusk"))
        {
            return "les horaires liés au soleil (sunrise, sunset, dawn, dusk)";
        }

        return null;
    }
}

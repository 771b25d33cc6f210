namespace Relais.Web.OpeningHours;

internal enum TokenKind : byte
{
    End,
    Word,
    Number,
    Colon,
    Dash,
    Comma,
    Semicolon,
    DoublePipe,
    Slash,
    Plus,
    LeftBracket,
    Comment,
    UnterminatedComment,
    Invalid,
}

internal readonly record struct Token(TokenKind Kind, int Start, int Length, int Value)
{
    public int End => Start + Length;
}

// A ref struct over the input span so that peeking is a cheap copy and lexing never allocates.
internal ref struct OpeningHoursLexer
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    public OpeningHoursLexer(ReadOnlySpan<char> text)
    {
        this.text = text;
        position = 0;
    }

    public Token Next()
    {
        while (position < text.Length && IsSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return new Token(TokenKind.End, text.Length, 0, 0);
        }

        int start = position;
        char c = text[position];
        if (char.IsAsciiLetter(c))
        {
            do
            {
                position++;
            }
            while (position < text.Length && char.IsAsciiLetter(text[position]));
            return new Token(TokenKind.Word, start, position - start, 0);
        }

        if (char.IsAsciiDigit(c))
        {
            int value = 0;
            do
            {
                // Capped so that absurdly long numbers stay invalid instead of overflowing.
                if (value < 100_000)
                {
                    value = (value * 10) + (text[position] - '0');
                }

                position++;
            }
            while (position < text.Length && char.IsAsciiDigit(text[position]));
            return new Token(TokenKind.Number, start, position - start, value);
        }

        position++;
        return c switch
        {
            ':' => Single(TokenKind.Colon, start),
            // Word processors turn hyphens into en/em dashes or minus signs; all mean a range here.
            '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '\u2212' => Single(TokenKind.Dash, start),
            ',' => Single(TokenKind.Comma, start),
            ';' => Single(TokenKind.Semicolon, start),
            '/' => Single(TokenKind.Slash, start),
            '+' => Single(TokenKind.Plus, start),
            '[' => Single(TokenKind.LeftBracket, start),
            '|' when position < text.Length && text[position] == '|' => Pair(TokenKind.DoublePipe, start),
            '"' => ScanComment(start, '"'),
            '\u201C' => ScanComment(start, '\u201D'),
            _ => Single(TokenKind.Invalid, start),
        };
    }

    private static Token Single(TokenKind kind, int start) => new(kind, start, 1, 0);

    private Token Pair(TokenKind kind, int start)
    {
        position++;
        return new Token(kind, start, 2, 0);
    }

    private Token ScanComment(int start, char closing)
    {
        int length = text[position..].IndexOf(closing);
        if (length < 0)
        {
            position = text.Length;
            return new Token(TokenKind.UnterminatedComment, start, text.Length - start, 0);
        }

        position += length + 1;
        return new Token(TokenKind.Comment, start, position - start, 0);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u202F';
}

internal static class Keywords
{
    private static readonly string[] WeekdayCodes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    private static readonly string[] MonthCodes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string WeekdayCode(int index) => WeekdayCodes[index];

    public static string MonthCode(int month) => MonthCodes[month - 1];

    /// <returns>0 (Monday) to 6 (Sunday), or -1.</returns>
    public static int Weekday(ReadOnlySpan<char> word) => IndexOf(WeekdayCodes, word);

    /// <returns>1 to 12, or -1.</returns>
    public static int Month(ReadOnlySpan<char> word)
    {
        int index = IndexOf(MonthCodes, word);
        return index < 0 ? -1 : index + 1;
    }

    public static bool Is(ReadOnlySpan<char> word, string keyword) =>
        word.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(string[] codes, ReadOnlySpan<char> word)
    {
        if (word.Length != codes[0].Length)
        {
            return -1;
        }

        for (int i = 0; i < codes.Length; i++)
        {
            if (word.Equals(codes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

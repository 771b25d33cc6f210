namespace Relais.Web.Standard.Validation;

/// <summary>Splits multi-valued cells: <c>|</c> in v1; a lone <c>;</c> (the stale README's separator) is tolerated.</summary>
internal static class ListSplitter
{
    private static readonly char[] Pipe = ['|'];
    private static readonly char[] PipeOrSemicolon = ['|', ';'];

    public static List<string> Split(string? raw, string field, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var separators = Pipe;
        if (raw.Contains(';', StringComparison.Ordinal) && !raw.Contains('|', StringComparison.Ordinal))
        {
            separators = PipeOrSemicolon;
            issues.Add(ValidationIssue.Warning(field, "separator", $"Les valeurs de « {field} » sont séparées par « ; » : le standard v1 utilise « | »."));
        }

        return [.. raw.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>For e-mails and URLs, producers also use commas and spaces.</summary>
    public static List<string> SplitFree(string? raw, string field, List<ValidationIssue> issues, bool allowComma)
    {
        var items = Split(raw, field, issues);
        if (items.Count == 1 && allowComma && items[0].Count(c => c == '@') > 1)
        {
            items = [.. items[0].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return items;
    }
}

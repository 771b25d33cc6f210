namespace Relais.Web.Standard.Validation;

public enum IssueSeverity
{
    /// <summary>The row breaks the standard: it is rejected.</summary>
    Error,

    /// <summary>The row follows the standard but something looks wrong: kept, stored and shown to maintainers.</summary>
    Warning,
}

/// <summary>One problem of one field. <paramref name="Code"/> is stable (scripts rely on it), e.g. <c>code_postal.invalid</c>.</summary>
public sealed record ValidationIssue(string Field, string Code, IssueSeverity Severity, string Message)
{
    public static ValidationIssue Error(string field, string problem, string message) => new(field, $"{field}.{problem}", IssueSeverity.Error, message);

    public static ValidationIssue Warning(string field, string problem, string message) => new(field, $"{field}.{problem}", IssueSeverity.Warning, message);
}

/// <summary>An issue located in a file: 1-based data row (0 for the file itself) and the row's id when known.</summary>
public sealed record RowIssue(int Row, string? Id, ValidationIssue Issue);

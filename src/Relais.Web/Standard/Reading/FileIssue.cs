using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>Remarks about the whole file; reported with row 0 and field <c>fichier</c>.</summary>
internal static class FileIssue
{
    public const string Field = "fichier";

    public static ValidationIssue Warning(string problem, string message) => new(Field, $"file.{problem}", IssueSeverity.Warning, message);
}

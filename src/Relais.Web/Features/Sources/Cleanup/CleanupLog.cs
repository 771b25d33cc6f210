using Relais.Web.Standard;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>One change the clean-up made to a row, kept with the place (its history) and counted in the run report.</summary>
public sealed record CleanupChange(string Field, string? Before, string? After, string Rule);

/// <summary>
/// The clean-up of one row: rules change cells through <see cref="Set"/>, which records every change, and
/// report what they could not repair through <see cref="Warn"/> (warnings travel with the row to the validator).
/// </summary>
public sealed class CleanupLog(StandardRow row)
{
    public List<CleanupChange> Changes { get; } = [];

    /// <summary>The point is the commune's centre, not the place's own position.</summary>
    public bool LocationApproximate { get; set; }

    public string? this[string field] => row[field];

    public void Set(string field, string? value, string rule)
    {
        var index = StandardColumns.IndexOf(field);
        var before = row.Cells[index];
        value = string.IsNullOrEmpty(value) ? null : value;
        if (string.Equals(before, value, StringComparison.Ordinal))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(before) && value is null)
        {
            row.Cells[index] = null; // blank is absent: nothing worth recording
            return;
        }

        row.Cells[index] = value;
        Changes.Add(new CleanupChange(field, before, value, rule));
    }

    public void Warn(string field, string problem, string message) => row.ReaderIssues.Add(ValidationIssue.Warning(field, problem, message));
}

using System.Text.Json;
using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Places;

/// <summary>Counts of an import by clean-up rule, warning code and rejection code: the report of a run.</summary>
public sealed class ImportTally
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public SortedDictionary<string, int> Cleanup { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Warnings { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Rejections { get; } = new(StringComparer.Ordinal);

    public void Count(IEnumerable<CleanupChange> changes)
    {
        foreach (var change in changes)
        {
            Add(Cleanup, change.Rule);
        }
    }

    public void Count(IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues)
        {
            Add(issue.Severity == IssueSeverity.Warning ? Warnings : Rejections, issue.Code);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(new { Cleanup, Warnings, Rejections }, Json);

    private static void Add(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

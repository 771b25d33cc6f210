using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// Repairs a row before validation, rule by rule, in an order where each rule can rely on the previous ones:
/// codes, then the commune (which needs clean codes), then coordinates (which need the commune), then
/// contacts (the phone prefix depends on the postcode), dates, lists and the summary's length. Every change is recorded.
/// </summary>
public sealed class RowCleanup(CommuneDirectory communes, DateOnly importDate)
{
    /// <summary>Part of every row fingerprint: bump it when a rule changes, so that the next run cleans every row again.</summary>
    public const int Version = 1;

    private readonly CommuneResolver _resolver = new(communes);
    private readonly ListRules _lists = new();

    public CleanupLog Clean(StandardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var log = new CleanupLog(row);
        CodeRules.Apply(log);
        var commune = _resolver.Resolve(log);
        CoordinateRules.Apply(log, commune);
        ContactCleanup.Apply(log);
        DateRules.Apply(log, importDate);
        _lists.Apply(log);
        SummaryRule.Apply(log);
        return log;
    }
}

using Relais.Tests.Infrastructure;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Tests.Standard;

/// <summary>The real Hinaura file (standard v0.1 in JSON, 687 places) converts to v1 with every row accounted for.</summary>
public class HinauraConversionTests
{
    [Fact]
    public async Task Convert_Hinaura_EveryRowAccountedFor()
    {
        var results = await PlaceFileReadingTests.ValidateAllAsync(TestPaths.Hinaura);

        Assert.Equal(687, results.Count);
        var invalid = results.Where(r => !r.IsValid).ToList();
        // Every rejected row says why, with a stable code and a French message.
        Assert.All(invalid, r => Assert.Contains(r.Issues, i => i.Severity == IssueSeverity.Error));
        Assert.Equal(687, results.Count(r => r.IsValid) + invalid.Count);
        // The file uses the pivot placeholder on every row: flagged, never stored.
        Assert.All(results.Where(r => r.IsValid), r => Assert.Null(r.Place!.Pivot));
        Assert.Equal(687, results.Count(r => r.Issues.Any(i => i.Code == "pivot.placeholder")));
    }

    [Fact]
    public async Task Convert_Hinaura_FewRejectionsAllExplained()
    {
        var results = await PlaceFileReadingTests.ValidateAllAsync(TestPaths.Hinaura);
        var errorCodes = results.SelectMany(r => r.Issues).Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Code).Distinct().ToList();

        // Known problems of the real file (see BundledData/README.md): a handful of malformed contacts.
        Assert.True(results.Count(r => !r.IsValid) <= 20, string.Join(", ", errorCodes));
        Assert.All(errorCodes, code => Assert.Contains(code, new[] { "courriels.invalid", "site_web.invalid", "telephone.invalid", "presentation_resume.too_long", "prise_rdv.invalid" }));
    }

    [Fact]
    public async Task Convert_Hinaura_ServicesBridgedToV1Vocabulary()
    {
        var results = await PlaceFileReadingTests.ValidateAllAsync(TestPaths.Hinaura);
        var valid = results.Where(r => r.IsValid).Select(r => r.Place!).ToList();

        Assert.All(valid, p => Assert.NotEqual(Web.Standard.ServiceKind.None, p.Services));
        Assert.Contains(valid, p => p.FeeConditions != Web.Standard.FeeCondition.None);
        Assert.Contains(valid, p => p.SupportModes.HasFlag(Web.Standard.SupportMode.Autonomous));
        Assert.All(valid.Where(p => p.Phone is not null), p => Assert.StartsWith("+33", p.Phone!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Convert_Hinaura_ResolvesCommunesInAuvergneRhoneAlpes()
    {
        var results = await PlaceFileReadingTests.ValidateAllAsync(TestPaths.Hinaura);
        var resolved = results.Where(r => r.IsValid && r.Commune is not null).ToList();

        Assert.True(resolved.Count > 600, $"{resolved.Count} communes resolved");
        Assert.All(resolved, r => Assert.Equal("84", r.Commune!.RegionCode));
    }
}

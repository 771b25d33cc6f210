using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

public sealed class MatchGroupsTests
{
    private static MatchRecord Record(string key, string name, string address, double latitude) =>
        MatchRecord.Create(key, name, address, "Dijon", "21231", latitude, 5.04, locationApproximate: false, null, null, null, null, null);

    private static MatchRecord[] OnePlaceInThreeSources() =>
    [
        Record("a:1", "Espace numérique Toison d'or", "10 bis place Granville", 47.3500),
        Record("b:7", "ESPACE NUMERIQUE TOISON D'OR", "10b pl. Granville", 47.3501),
        Record("c:x", "Espace numérique Toison d'or (Dijon)", "10 bis place Granville", 47.3500),
    ];

    [Fact]
    public void Consolidate_OnePlaceInThreeSources_OneGroupOfThree()
    {
        MatchRecord[] records = [.. OnePlaceInThreeSources(), Record("a:2", "Médiathèque Champollion", "14 rue Camille Claudel", 47.3600)];

        var result = MatchGroups.Consolidate(records);

        var group = Assert.Single(result.Groups);
        Assert.Equal([0, 1, 2], group);
    }

    [Fact]
    public void Consolidate_FourthSourceJoinsGroupOfThree_GroupOfFourKept()
    {
        MatchRecord[] records = [.. OnePlaceInThreeSources(), Record("d:4", "Espace numerique Toison d'Or", "10 bis place Granville", 47.3500)];

        // a, b and c were merged by earlier runs; only d is new, so only its pairs are scored.
        var result = MatchGroups.Consolidate(records, focus: new HashSet<int> { 3 }, mergedWith: i => i < 3 ? "group-1" : null);
        var withoutMerges = MatchGroups.Consolidate(records, focus: new HashSet<int> { 3 });

        Assert.Equal([0, 1, 2, 3], Assert.Single(result.Groups));
        Assert.Empty(result.ForReview);
        Assert.Empty(withoutMerges.Groups);
    }

    [Fact]
    public void Consolidate_LibraryAndMairieInOneBuilding_NoGroup()
    {
        var records = new[]
        {
            Record("a:1", "Bibliothèque Mansart", "2 boulevard Mansart", 47.3100),
            Record("a:2", "Mairie de quartier Mansart", "2 boulevard Mansart", 47.3100),
        };

        Assert.Empty(MatchGroups.Consolidate(records).Groups);
    }

    [Fact]
    public void Consolidate_RejectedPair_NotGroupedAgain()
    {
        var records = new[]
        {
            Record("a:1", "Association CAFES", "17 avenue docteur Tagnard", 47.3200),
            Record("b:1", "Association CAFES", "17 avenue docteur Tagnard", 47.3200),
        };

        var result = MatchGroups.Consolidate(records, rejected: (x, y) => (x, y) is ("a:1", "b:1") or ("b:1", "a:1"));

        Assert.Empty(result.Groups);
        Assert.Empty(result.ForReview);
    }
}

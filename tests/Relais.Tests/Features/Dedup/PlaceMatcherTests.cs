using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

public sealed class PlaceMatcherTests
{
    private static MatchRecord Record(string key, string name, string address, double? latitude = 45.0, double? longitude = 5.0, string? typologies = null, string? siret = null, string? phone = null, string insee = "38185") =>
        MatchRecord.Create(key, name, address, "Grenoble", insee, latitude, longitude, locationApproximate: false, typologies, siret, phone, null, null);

    [Fact]
    public void Score_SamePlaceFromTwoSources_Same()
    {
        var a = Record("hinaura:1", "Médiathèque Kateb Yacine", "202 Grand'Place", typologies: "BIB");
        var b = Record("coop:9", "Mediatheque Kateb-Yacine (Grenoble)", "202 grand place", 45.0001, 5.0001, typologies: "BIB|MUNI");

        Assert.Equal(MatchDecision.Same, PlaceMatcher.Score(a, b).Decision);
    }

    [Fact]
    public void Score_LibraryAndFranceServicesInOneBuilding_Distinct()
    {
        var library = Record("a:1", "Médiathèque du Bourg", "3 place de la Mairie");
        var office = Record("b:1", "France Services du Bourg", "3 place de la Mairie");

        var score = PlaceMatcher.Score(library, office);

        Assert.Equal(MatchDecision.Distinct, score.Decision);
        Assert.Equal("different kinds of service", score.Reason);
    }

    [Fact]
    public void Score_SameNameOtherBranchAcrossTown_Distinct()
    {
        var south = Record("a:1", "Agence Pôle Emploi Dijon Sud", "93 avenue Jean Jaurès");
        var west = Record("a:2", "Agence Pôle Emploi Dijon Ouest", "5 boulevard du Chanoine Kir", 45.02, 5.01);

        Assert.Equal(MatchDecision.Distinct, PlaceMatcher.Score(south, west).Decision);
    }

    [Fact]
    public void Score_MissingCoordinates_NeverMergedAutomatically()
    {
        var a = Record("a:1", "EPN du Centre", "12 rue de la Paix");
        var b = Record("b:1", "EPN du Centre", "12 rue de la Paix", latitude: null, longitude: null);

        var score = PlaceMatcher.Score(a, b);

        Assert.Equal(MatchDecision.Review, score.Decision);
        Assert.Null(score.DistanceMetres);
    }

    [Fact]
    public void Score_PlaceholderSiret_IsNoEvidence()
    {
        var a = Record("a:1", "Atelier A", "1 rue Haute", siret: "00000000000000");
        var b = Record("b:1", "Atelier B", "9 rue Basse", 45.01, 5.01, siret: "00000000000000");

        Assert.False(PlaceMatcher.Score(a, b).SameSiret);
    }

    [Theory]
    [InlineData("43493312300029", true)]
    [InlineData("43493312300028", false)]
    [InlineData("35600000063516", true)]
    [InlineData("00000000000000", false)]
    public void CheckedSiret_LuhnOrLaPosteRule_ReturnsOnlyValidNumbers(string siret, bool valid) =>
        Assert.Equal(valid, MatchText.CheckedSiret(siret) is not null);

    [Fact]
    public void CandidatePairs_SameSiretInTwoCommunes_ArePaired()
    {
        var records = new[]
        {
            Record("a:1", "Bureau de poste Centre", "1 rue A", 45.0, 5.0, siret: "35600000063516", insee: "01053"),
            Record("b:1", "Étape numérique", "2 rue B", 46.0, 6.0, siret: "35600000063516", insee: "74010"),
            Record("c:1", "Tiers-lieu", "3 rue C", 47.0, 7.0, insee: "21231"),
        };

        Assert.Equal([(0, 1)], CandidatePairs.Find(records));
    }

    [Fact]
    public void CandidatePairs_Focus_OnlyPairsTouchingFocus()
    {
        var records = new[]
        {
            Record("a:1", "Médiathèque", "1 rue A"),
            Record("a:2", "Médiathèque annexe", "1 rue A", 45.0001),
            Record("a:3", "Cyber-base", "1 rue A", 45.0002),
        };

        var pairs = CandidatePairs.Find(records, new HashSet<int> { 2 });

        Assert.Equal([(0, 2), (1, 2)], pairs.OrderBy(p => p).ToList());
    }

    [Fact]
    public void CandidatePairs_FocusInDenseAndSparseAreas_SamePairsAsWithoutFocusRestrictedToIt()
    {
        // A dense centre (finer grids), shared words (large name blocks) and scattered places.
        var random = new Random(7);
        string[] words = ["Médiathèque", "France Services", "EPN", "Centre social", "Cyber-base"];
        var records = Enumerable.Range(0, 1_500).Select(i =>
        {
            var dense = i % 3 == 0;
            var latitude = dense ? 45.0 + (random.NextDouble() * 0.004) : 44.0 + (random.NextDouble() * 2);
            var longitude = dense ? 5.0 + (random.NextDouble() * 0.004) : 4.0 + (random.NextDouble() * 2);
            return Record($"s{i % 4}:{i}", $"{words[i % words.Length]} {(char)('a' + (i % 7))}", $"{i % 40} rue A", latitude, longitude);
        }).ToArray();
        var focus = Enumerable.Range(0, records.Length).Where(i => i % 11 == 0).ToHashSet();

        var expected = CandidatePairs.Find(records).Where(p => focus.Contains(p.A) || focus.Contains(p.B)).Order().ToList();

        Assert.Equal(expected, CandidatePairs.Find(records, focus).Order().ToList());
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void CandidatePairs_TownCentreWithHundredsOfPlaces_BoundedPairsAndSameSpotStillPaired()
    {
        // 600 places within ~1 km sharing the word "mediatheque", plus one true duplicate: same spot, other wording.
        var records = Enumerable.Range(0, 600)
            .Select(i => Record($"a:{i}", $"Médiathèque {(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{i}", $"{i} rue A", 45.0 + (i % 25 * 0.0004), 5.0 + (i / 25 * 0.0005)))
            .Append(Record("b:7", "MEDIATHEQUE ha7 (centre)", "7 rue A", 45.0 + (7 * 0.0004) + 0.00005, 5.0))
            .ToArray();

        var pairs = CandidatePairs.Find(records);

        Assert.Contains((7, 600), pairs);
        Assert.True(pairs.Count < records.Length * 20, $"{pairs.Count} pairs for {records.Length} records");
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void CandidatePairs_HeadOfficeSiretOnManyBranches_WindowNotAllPairs()
    {
        var records = Enumerable.Range(0, 300)
            .Select(i => Record($"poste:{i}", $"Bureau de poste {i:D3}", $"{i} rue B", 43.0 + (i * 0.1), 1.0, siret: "35600000063516", insee: $"{i:D5}"))
            .ToArray();

        var pairs = CandidatePairs.Find(records);

        Assert.InRange(pairs.Count, records.Length, records.Length * 6);
        Assert.Contains((0, 1), pairs);
    }
}

using FuzzySharp;
using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

/// <summary>The matcher's own token ratios give FuzzySharp's figures, on the labelled real records and on edge cases.</summary>
public sealed class TokenTextTests
{
    public static TheoryData<string, string> EdgeCases => new()
    {
        { "mediatheque jean moulin", "jean moulin mediatheque" },
        { "epn", "espace public numerique" },
        { "france services", "france services france services" },
        { "12 rue de la republique", "12 rue republique" },
        { "a", "b" },
        { "cœur de ville", "coeur de ville" },
        { new string('a', 64), new string('a', 63) + "b" },
        { new string('x', 70) + " centre social", "centre social " + new string('x', 69) },
        { "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24", "24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1" },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void TokenRatios_EdgeCases_EqualFuzzySharp(string a, string b)
    {
        var (x, y) = (new TokenText(a), new TokenText(b));

        Assert.Equal(Fuzz.Ratio(a, b), TokenText.Ratio(a, b));
        Assert.Equal(Fuzz.TokenSortRatio(a, b), TokenText.TokenSortRatio(x, y));
        Assert.Equal(Fuzz.TokenSetRatio(a, b), TokenText.TokenSetRatio(x, y));
    }

    [Fact]
    public void TokenRatios_EveryPairOfLabelledRecordsInOneDepartement_EqualFuzzySharp()
    {
        var records = LabelledPairs.Records().Values.ToList();
        var compared = 0;
        foreach (var group in records.GroupBy(r => r.InseeCode?[..2]))
        {
            var texts = group.SelectMany(r => new[] { r.Name, r.Address }).Where(t => t.Length > 0).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i], texts[j]);
                    Assert.True(Fuzz.Ratio(a.Text, b.Text) == TokenText.Ratio(a.Text, b.Text), $"ratio '{a.Text}' / '{b.Text}'");
                    Assert.True(Fuzz.TokenSortRatio(a.Text, b.Text) == TokenText.TokenSortRatio(a, b), $"token sort '{a.Text}' / '{b.Text}'");
                    Assert.True(Fuzz.TokenSetRatio(a.Text, b.Text) == TokenText.TokenSetRatio(a, b), $"token set '{a.Text}' / '{b.Text}'");
                    compared++;
                }
            }
        }

        Assert.True(compared > 10_000, $"only {compared} pairs compared");
    }
}

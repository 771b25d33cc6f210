using Relais.Web.Features.Dedup;
using Xunit.Abstractions;

namespace Relais.Tests.Features.Dedup;

/// <summary>Precision and recall of blocking + matcher on the labelled pairs of the bundled datasets.</summary>
public sealed class MatcherQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Matcher_LabelledBundledPairs_MeetsPrecisionAndRecallGoals()
    {
        var records = LabelledPairs.Records();
        var list = records.Values.ToList();
        var index = list.Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var candidates = CandidatePairs.Find(list).ToHashSet();

        int truePositives = 0, falsePositives = 0, falseNegatives = 0, reviewed = 0;
        foreach (var (a, b, same, reason) in LabelledPairs.Pairs())
        {
            var (x, y) = (index[a], index[b]);
            var blocked = candidates.Contains((Math.Min(x, y), Math.Max(x, y)));
            var score = blocked ? PlaceMatcher.Score(records[a], records[b]) : null;
            var predicted = score?.Decision == MatchDecision.Same;
            reviewed += score?.Decision == MatchDecision.Review ? 1 : 0;
            if (predicted != same)
            {
                output.WriteLine($"{(same ? "missed" : "wrong merge")}: {a} ~ {b} ({reason}) → {(score is null ? "not blocked" : score.ToString())}");
            }

            truePositives += predicted && same ? 1 : 0;
            falsePositives += predicted && !same ? 1 : 0;
            falseNegatives += !predicted && same ? 1 : 0;
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"precision {precision:F3}, recall {recall:F3}, TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, in review {reviewed}");
        Assert.True(precision >= 0.98, $"precision {precision:F3} < 0.98");
        Assert.True(recall >= 0.95, $"recall {recall:F3} < 0.95");
    }
}

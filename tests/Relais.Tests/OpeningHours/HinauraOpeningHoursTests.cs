using System.Text.Json;
using Relais.Web.OpeningHours;
using Xunit.Abstractions;

namespace Relais.Tests.OpeningHours;

public class HinauraOpeningHoursTests(ITestOutputHelper output)
{
    /// <summary>
    /// Values of the real dataset that must be rejected, with the reason. Empty today: all 617 values
    /// parse. Oddities that are valid OSM and therefore accepted: "Fr 19:00-11:00" (a night opening,
    /// probably a typo for 09:00), "Th 01:00-12:00" and "Th 04:30-18:30" (early starts, probably typos),
    /// "Mo 09:00-15:00,14:00-19:00" (overlap, merged), and two values without days
    /// ("09:00-12:00,14:00-17:30", "08:30-11:30; Th …"), which OSM reads as "every day".
    /// </summary>
    private static readonly HashSet<string> KnownBad = new(StringComparer.Ordinal);

    [Fact]
    public void Parse_EveryHinauraValue_ParsesOrIsKnownBad()
    {
        var values = ReadHoraires();
        int parsed = 0;
        int rewritten = 0;
        var failures = new List<string>();
        foreach (var value in values)
        {
            var result = OpeningHoursSchedule.Parse(value);
            if (KnownBad.Contains(value))
            {
                Assert.False(result.Success, $"Listed as known bad but parses: {value}");
                continue;
            }

            if (!result.Success)
            {
                failures.Add($"{value} → {result.ErrorMessage}");
                continue;
            }

            parsed++;
            var normalized = result.Schedule.Normalized;
            rewritten += normalized == value ? 0 : 1;
            Assert.Equal(normalized, OpeningHoursSchedule.Parse(normalized).Schedule!.Normalized);
        }

        output.WriteLine($"{values.Count} values, {parsed} parsed, {rewritten} rewritten when normalized, {failures.Count} unexpected failures.");
        Assert.Empty(failures);
        Assert.Equal(617, values.Count);
    }

    [Fact]
    public void Evaluate_EveryHinauraValue_GivesConsistentWeekAndStatus()
    {
        var now = Paris.At(2026, 1, 7, 10, 0);
        foreach (var value in ReadHoraires())
        {
            var schedule = OpeningHoursSchedule.Parse(value).Schedule!;
            var week = schedule.WeekOf(DateOnly.FromDateTime(now.DateTime));
            var next = schedule.NextChangeAfter(now);

            Assert.Equal(7, week.Days.Count);
            Assert.False(string.IsNullOrEmpty(schedule.StatusText(now)));
            if (next is { } change)
            {
                Assert.True(change > now, value);
                Assert.NotEqual(schedule.IsOpenAt(now), schedule.IsOpenAt(change));
                Assert.Equal(schedule.IsOpenAt(now), schedule.IsOpenAt(change.AddMinutes(-1)));
            }
        }
    }

    private static List<string> ReadHoraires()
    {
        var path = HinauraDataset.Path;
        Assert.True(File.Exists(path), $"Dataset not found: {path}");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var values = new List<string>();
        foreach (var place in document.RootElement.EnumerateArray())
        {
            if (place.TryGetProperty("horaires", out var horaires)
                && horaires.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(horaires.GetString()))
            {
                values.Add(horaires.GetString()!);
            }
        }

        return values;
    }
}

using System.Net;
using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places.Search;
using Relais.Web.OpeningHours;

namespace Relais.Tests.Features.Places.Search;

/// <summary>The orientation's "Disponibilité" answer as a search filter: <c>disponibilites=lundi_matin|…</c>.</summary>
public sealed class AvailabilitySearchTests(SqliteSearchFixture fixture) : IClassFixture<SqliteSearchFixture>
{
    [Theory]
    [InlineData("samedi_matin", "Relais test horaires semaine impaire", "Relais test horaires fériés")]
    [InlineData("lundi_matin", "Relais test horaires fériés", "Relais test horaires semaine impaire")]
    [InlineData("samedi_apres_midi|mardi_matin", "Relais test horaires fériés", "Relais test horaires semaine impaire")]
    public async Task Search_Availability_OpenDuringASlotOnly(string slots, string expected, string excluded)
    {
        var names = await NamesAsync($"q=Relais test horaires&{AvailabilitySlot.Parameter}={Uri.EscapeDataString(slots)}");

        Assert.Contains(expected, names);
        Assert.DoesNotContain(excluded, names);
    }

    [Fact]
    public async Task Search_AvailabilityNobodyOpens_Empty()
    {
        var names = await NamesAsync($"q=Relais test horaires&{AvailabilitySlot.Parameter}=dimanche_soir");

        Assert.Empty(names);
    }

    [Fact]
    public async Task Search_UnknownSlot_400WithAllowedValues()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri($"/api/v1/places?{AvailabilitySlot.Parameter}=lundi_nuit", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("search.invalid_value", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("lundi_nuit", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOpen_MondayHolidayThenOrdinaryMonday_OpenTheWeekAfter()
    {
        var schedule = OpeningHoursSchedule.Parse("Mo 09:00-12:00; PH off").Schedule!;
        var easterMonday = new DateOnly(2026, 4, 6);

        Assert.True(AvailabilitySlot.AnyOpen([new AvailabilitySlot(DayOfWeek.Monday, DayPart.Matin)], schedule, easterMonday, "26"));
        Assert.False(AvailabilitySlot.AnyOpen([new AvailabilitySlot(DayOfWeek.Monday, DayPart.ApresMidi)], schedule, easterMonday, "26"));
    }

    [Fact]
    public void AnyOpen_IntervalAcrossTwoParts_MatchesBoth()
    {
        var schedule = OpeningHoursSchedule.Parse("Tu 11:00-19:00").Schedule!;
        var monday = new DateOnly(2026, 11, 23);

        Assert.All(new[] { DayPart.Matin, DayPart.ApresMidi, DayPart.Soir }, part =>
            Assert.True(AvailabilitySlot.AnyOpen([new AvailabilitySlot(DayOfWeek.Tuesday, part)], schedule, monday, null)));
    }

    [Fact]
    public void Keys_AllSlots_RoundTrip()
    {
        Assert.Equal(21, AvailabilitySlot.All.Count);
        Assert.All(AvailabilitySlot.All, slot => Assert.True(AvailabilitySlot.TryParse(slot.Key, out var parsed) && parsed == slot));
        Assert.Equal("mercredi_apres_midi", new AvailabilitySlot(DayOfWeek.Wednesday, DayPart.ApresMidi).Key);
    }

    private async Task<List<string>> NamesAsync(string parameters)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri($"/api/v1/places?{parameters}&page_size=100", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nom").GetString()!)];
    }
}

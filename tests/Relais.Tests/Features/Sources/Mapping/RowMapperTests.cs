using System.Text.Json;
using Relais.Web.Features.Sources.Mapping;

namespace Relais.Tests.Features.Sources.Mapping;

public class RowMapperTests
{
    [Theory]
    [InlineData("RDV-G-R", "R", true)]     // MedNum BFC code_accomp: whole words
    [InlineData("RDV", "R", false)]        // "contains" would match here: the spec's warning
    [InlineData("Jeunes (16-26 ans)/Etudiants", "étudiants", true)]
    [InlineData("Centre communal d’action sociale (CCAS)", "centre communal d'action sociale", true)]
    public void Matches_Words_CaseAndAccentInsensitive(string cell, string term, bool expected) =>
        Assert.Equal(expected, TermMatcher.Matches(cell, term, TermMatch.Words, separator: null));

    [Fact]
    public void Matches_Contains_InsideWords() =>
        Assert.True(TermMatcher.Matches("Ateliers collectif ou formations", "atelier", TermMatch.Contains, null));

    [Fact]
    public void Matches_Separator_WholeItemsOnly()
    {
        Assert.True(TermMatcher.Matches("A-L-RDV", "rdv", TermMatch.Words, "-"));
        Assert.False(TermMatcher.Matches("A-L-RDV G", "rdv", TermMatch.Words, "-"));
    }

    [Fact]
    public void Map_EveryRuleKind_StandardCells()
    {
        var mapper = Mapper("""
            {
              "id": { "column": "code" },
              "nom": { "join": ["type", "ville"], "separator": " de " },
              "commune": { "split": "lieu", "separator": ",", "index": -1 },
              "code_postal": { "split": "lieu", "separator": ",", "index": 0 },
              "pivot": { "column": "siret", "default": "00000000000000" },
              "source": { "value": "Hub" },
              "modalites_accompagnement": [
                { "columns": ["accomp"], "terms": ["A"], "value": "En autonomie" },
                { "columns": ["accomp"], "terms": ["RDV"], "value": "Accompagnement individuel" },
                { "columns": ["accomp"], "terms": ["R"], "except": ["aucun"], "value": "Dans un atelier collectif" }
              ],
              "modalites_acces": [
                { "columns": ["rdv_en_ligne"], "value": "Prendre un RDV en ligne" },
                { "value": "Se présenter" }
              ],
              "horaires": { "half_days": { "lundi": ["lundi matin", "lundi après-midi"], "Tu": ["mardi matin", "mardi après-midi"] } }
            }
            """);
        var row = mapper.Map(new SourceRecord(1, new Dictionary<string, string?>
        {
            ["code"] = "b-1",
            ["type"] = "Médiathèque",
            ["ville"] = "Dole",
            ["lieu"] = "39100, Dole",
            ["siret"] = " ",
            ["accomp"] = "A-RDV",
            ["lundi matin"] = "9h-12h",
            ["lundi après-midi"] = "14h-17h",
            ["mardi matin"] = "9h-12h",
            ["mardi après-midi"] = "-",
        }));

        Assert.Equal("b-1", row["id"]);
        Assert.Equal("Médiathèque de Dole", row["nom"]);
        Assert.Equal(("Dole", "39100"), (row["commune"], row["code_postal"]));
        Assert.Equal("00000000000000", row["pivot"]);
        Assert.Equal("Hub", row["source"]);
        Assert.Equal("En autonomie|Accompagnement individuel", row["modalites_accompagnement"]);
        Assert.Equal("Se présenter", row["modalites_acces"]);
        Assert.Equal("Mo 09:00-12:00,14:00-17:00; Tu 09:00-12:00", row["horaires"]);
    }

    [Fact]
    public void Map_HalfDayMarkedX_HoursLeftOutWithWarning()
    {
        var mapper = Mapper("""{ "horaires": { "half_days": { "lundi": ["lundi matin", "lundi après-midi"] } } }""");
        var row = mapper.Map(new SourceRecord(1, new Dictionary<string, string?> { ["lundi matin"] = "x", ["lundi après-midi"] = "14h-17h" }));

        Assert.Null(row["horaires"]);
        Assert.Contains(row.ReaderIssues, i => i.Code == "horaires.not_converted");
    }

    [Fact]
    public void Map_FrenchTextHours_Osm()
    {
        var mapper = Mapper("""{ "horaires": { "text": "horaires" } }""");
        var row = mapper.Map(new SourceRecord(1, new Dictionary<string, string?> { ["horaires"] = "Du lundi au vendredi de 9h à 12h et de 14h à 17h" }));
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-17:00", row["horaires"]);
    }

    private static RowMapper Mapper(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new RowMapper([.. document.RootElement.EnumerateObject().Select(p => FieldMapping.Parse(p.Name, p.Value.Clone()))]);
    }
}

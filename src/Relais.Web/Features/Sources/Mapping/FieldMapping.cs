using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>How one standard field is filled from a source record: a value rule, term rules or an hours rule.</summary>
public sealed class FieldMapping
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly HashSet<string> HoursKeys = new(StringComparer.Ordinal) { "osm", "text", "days", "half_days" };

    public required string Field { get; init; }

    public ValueRule? Value { get; init; }

    public IReadOnlyList<TermRule>? Terms { get; init; }

    public HoursRule? Hours { get; init; }

    public IEnumerable<string> Columns =>
        Value?.Columns ?? Terms?.SelectMany(t => t.Columns) ?? Hours?.Columns ?? [];

    /// <exception cref="SourceException">The rule is malformed.</exception>
    public static FieldMapping Parse(string field, JsonElement rule)
    {
        try
        {
            if (rule.ValueKind == JsonValueKind.Array)
            {
                var terms = rule.Deserialize<List<TermRule>>(Json) ?? [];
                terms.ForEach(t => t.Check(field));
                return new FieldMapping { Field = field, Terms = terms };
            }

            if (rule.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(field, "une règle est un objet ({\"column\": …}) ou une liste de règles de termes ([{\"terms\": …}]).");
            }

            if (rule.EnumerateObject().Any(p => HoursKeys.Contains(p.Name)))
            {
                var hours = rule.Deserialize<HoursRule>(Json)!;
                hours.Check(field);
                return new FieldMapping { Field = field, Hours = hours };
            }

            var value = rule.Deserialize<ValueRule>(Json)!;
            value.Check(field);
            return new FieldMapping { Field = field, Value = value };
        }
        catch (JsonException exception)
        {
            throw Invalid(field, exception.Message);
        }
    }

    internal static SourceException Invalid(string field, string message) =>
        new("source.declaration_invalid", $"Champ « {field} » : {message}");
}

/// <summary>
/// Exactly one of: <c>column</c>; <c>join</c> (several columns, <c>separator</c>, default a space);
/// <c>split</c> (one column cut on <c>separator</c>, part <c>index</c> from 0, negative from the end);
/// <c>value</c> (a constant). <c>default</c> is used when the result is empty.
/// </summary>
public sealed class ValueRule
{
    public string? Column { get; init; }

    public List<string>? Join { get; init; }

    public string? Split { get; init; }

    public string? Separator { get; init; }

    public int Index { get; init; }

    public string? Value { get; init; }

    public string? Default { get; init; }

    public IEnumerable<string> Columns => Join ?? new[] { Column, Split }.OfType<string>();

    internal void Check(string field)
    {
        var kinds = new object?[] { Column, Join, Split, Value }.Count(k => k is not null);
        if (kinds != 1 && !(kinds == 0 && Default is not null))
        {
            throw FieldMapping.Invalid(field, "une règle de valeur a exactement une des clés column, join, split ou value.");
        }

        if (Split is not null && string.IsNullOrEmpty(Separator))
        {
            throw FieldMapping.Invalid(field, "« split » demande un « separator ».");
        }

        if (Join is { Count: 0 })
        {
            throw FieldMapping.Invalid(field, "« join » demande au moins une colonne.");
        }
    }
}

public enum TermMatch
{
    /// <summary>The term appears as whole words (default): <c>R</c> matches <c>RDV-G-R</c> but not <c>RDV</c>.</summary>
    Words,

    /// <summary>The term appears anywhere, even inside a word: <c>atelier</c> matches <c>Ateliers</c>.</summary>
    Contains,
}

/// <summary>
/// "If any of <c>columns</c> holds any of <c>terms</c> and none of <c>except</c>, add <c>value</c>" — case- and
/// accent-insensitive. Without <c>terms</c>: when any of the columns is not empty. Without <c>columns</c>: a
/// default, added when no other rule of the field gave a value. With <c>separator</c>, a term must equal a
/// whole item of the cell cut on it.
/// </summary>
public sealed class TermRule
{
    public List<string> Columns { get; init; } = [];

    public List<string> Terms { get; init; } = [];

    public List<string> Except { get; init; } = [];

    public string Value { get; init; } = string.Empty;

    [JsonConverter(typeof(JsonStringEnumConverter<TermMatch>))]
    public TermMatch Match { get; init; }

    public string? Separator { get; init; }

    public bool IsDefault => Columns.Count == 0;

    internal void Check(string field)
    {
        if (string.IsNullOrWhiteSpace(Value))
        {
            throw FieldMapping.Invalid(field, "chaque règle de termes a une « value » (la valeur à ajouter).");
        }

        if (Columns.Count == 0 && (Terms.Count > 0 || Except.Count > 0))
        {
            throw FieldMapping.Invalid(field, $"la règle « {Value} » a des termes mais pas de « columns » où les chercher.");
        }
    }
}

/// <summary>
/// Opening hours built from the source: <c>osm</c> (a column already in OSM syntax), <c>text</c> (a column of
/// French text), <c>days</c> (day → column of intervals) or <c>half_days</c> (day → [morning, afternoon]).
/// Days are French (<c>lundi</c>…) or OSM (<c>Mo</c>…).
/// </summary>
public sealed class HoursRule
{
    public string? Osm { get; init; }

    public string? Text { get; init; }

    public Dictionary<string, string>? Days { get; init; }

    public Dictionary<string, List<string>>? HalfDays { get; init; }

    public IEnumerable<string> Columns =>
        new[] { Osm, Text }.OfType<string>().Concat(Days?.Values ?? Enumerable.Empty<string>()).Concat(HalfDays?.Values.SelectMany(v => v) ?? []);

    internal IReadOnlyList<(int Day, IReadOnlyList<string> Columns)> DayColumns =>
        [.. (Days?.Select(p => (Day: WeekDays.Parse(p.Key), Columns: (IReadOnlyList<string>)[p.Value])) ?? [])
            .Concat(HalfDays?.Select(p => (Day: WeekDays.Parse(p.Key), Columns: (IReadOnlyList<string>)p.Value)) ?? [])];

    internal void Check(string field)
    {
        if (new object?[] { Osm, Text, Days, HalfDays }.Count(k => k is not null) != 1)
        {
            throw FieldMapping.Invalid(field, "une règle d'horaires a exactement une des clés osm, text, days ou half_days.");
        }

        foreach (var day in (Days?.Keys ?? Enumerable.Empty<string>()).Concat(HalfDays?.Keys ?? Enumerable.Empty<string>()))
        {
            if (WeekDays.Parse(day) < 0)
            {
                throw FieldMapping.Invalid(field, $"« {day} » n'est pas un jour (lundi… dimanche, ou Mo… Su).");
            }
        }
    }
}

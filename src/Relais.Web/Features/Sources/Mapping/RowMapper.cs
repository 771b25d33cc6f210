using Relais.Web.OpeningHours;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>
/// Lays a source record out in the standard's 32 columns with the declaration's rules, so that the clean-up
/// and the standard's validator then treat it like a row of a standard file.
/// </summary>
public sealed class RowMapper(IReadOnlyList<FieldMapping> mappings)
{
    public StandardRow Map(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new StandardRow(record.RowNumber, new string?[StandardColumns.All.Count]);
        foreach (var mapping in mappings)
        {
            var value = mapping.Value is { } rule ? Apply(rule, record)
                : mapping.Terms is { } terms ? Apply(terms, record)
                : Apply(mapping.Hours!, record, row);
            row.Cells[StandardColumns.IndexOf(mapping.Field)] = value;
        }

        return row;
    }

    public static string? Apply(ValueRule rule, SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(record);
        string? value;
        if (rule.Column is { } column)
        {
            value = record[column];
        }
        else if (rule.Join is { } columns)
        {
            value = string.Join(rule.Separator ?? " ", columns.Select(c => record[c]).OfType<string>());
        }
        else if (rule.Split is { } split)
        {
            var parts = record[split]?.Split(rule.Separator, StringSplitOptions.TrimEntries) ?? [];
            var index = rule.Index < 0 ? parts.Length + rule.Index : rule.Index;
            value = index >= 0 && index < parts.Length ? parts[index] : null;
        }
        else
        {
            value = rule.Value;
        }

        return string.IsNullOrWhiteSpace(value) ? rule.Default : value;
    }

    public static string? Apply(IReadOnlyList<TermRule> rules, SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var values = rules.Where(r => !r.IsDefault && Applies(r, record)).Select(r => r.Value).ToList();
        if (values.Count == 0)
        {
            values = [.. rules.Where(r => r.IsDefault).Select(r => r.Value)];
        }

        return values.Count == 0 ? null : string.Join('|', values.Distinct(StringComparer.Ordinal));
    }

    private static bool Applies(TermRule rule, SourceRecord record)
    {
        var cells = rule.Columns.Select(c => record[c]).OfType<string>().ToList();
        if (rule.Terms.Count == 0)
        {
            return cells.Count > 0;
        }

        return cells.Any(cell => rule.Terms.Any(t => TermMatcher.Matches(cell, t, rule.Match, rule.Separator)))
            && !cells.Any(cell => rule.Except.Any(t => TermMatcher.Matches(cell, t, rule.Match, rule.Separator)));
    }

    private static string? Apply(HoursRule rule, SourceRecord record, StandardRow row)
    {
        if (rule.Osm is { } osm)
        {
            return record[osm];
        }

        if (rule.Text is { } textColumn)
        {
            if (record[textColumn] is not { } text)
            {
                return null;
            }

            var converted = OpeningHoursSchedule.Parse(text).Success ? text : FrenchHoursText.ToOsm(text);
            if (converted is null)
            {
                row.ReaderIssues.Add(NotConverted(text));
            }

            return converted;
        }

        var schedule = new WeekSchedule();
        foreach (var (day, columns) in rule.DayColumns)
        {
            foreach (var column in columns)
            {
                if (OpeningIntervals.Parse(record[column]) is not { } intervals)
                {
                    row.ReaderIssues.Add(NotConverted($"{column} : {record[column]}"));
                    return null;
                }

                intervals.ForEach(i => schedule.Add(day, i.Start, i.End));
            }
        }

        var result = schedule.ToOsm();
        if (!schedule.IsEmpty && (result is null || !OpeningHoursSchedule.Parse(result).Success))
        {
            row.ReaderIssues.Add(NotConverted(result ?? "intervalles qui se chevauchent"));
            return null;
        }

        return result;
    }

    private static ValidationIssue NotConverted(string text) =>
        ValidationIssue.Warning(StandardColumns.Horaires, "not_converted", $"Horaires non convertis en format OSM (« {text} ») : ils ne sont pas repris, à saisir à la main.");
}

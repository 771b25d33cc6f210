using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Relais.Tests.Infrastructure;

/// <summary>
/// An independent check of a CSV against a frictionless Table Schema file (what `frictionless validate`
/// checks for this standard: header names and order, required, unique, pattern, maxLength, number and date types).
/// </summary>
public static class TableSchemaChecker
{
    public static List<string> Check(string schemaFile, string csvPath)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.Schema(schemaFile)));
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray().Select(Field.From).ToList();
        var problems = new List<string>();
        using var reader = new StreamReader(csvPath);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        if (!header.SequenceEqual(fields.Select(f => f.Name)))
        {
            problems.Add($"header: {string.Join(',', header)}");
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        while (csv.Read())
        {
            row++;
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var value = csv.GetField(i) ?? string.Empty;
                if (value.Length == 0)
                {
                    if (field.Required)
                    {
                        problems.Add($"row {row} {field.Name}: required");
                    }

                    continue;
                }

                if (field.Unique && !ids.Add(value))
                {
                    problems.Add($"row {row} {field.Name}: duplicate {value}");
                }

                if (field.Pattern is { } pattern && !pattern.IsMatch(value))
                {
                    problems.Add($"row {row} {field.Name}: pattern ({value})");
                }

                if (field.MaxLength is { } max && value.Length > max)
                {
                    problems.Add($"row {row} {field.Name}: maxLength");
                }

                if (field.Type == "number" && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    problems.Add($"row {row} {field.Name}: number ({value})");
                }

                if (field.Type == "date" && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    problems.Add($"row {row} {field.Name}: date ({value})");
                }
            }
        }

        return problems;
    }

    private sealed record Field(string Name, string Type, bool Required, bool Unique, Regex? Pattern, int? MaxLength)
    {
        public static Field From(JsonElement element)
        {
            var constraints = element.TryGetProperty("constraints", out var c) ? c : default;
            bool Flag(string name) => constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty(name, out var v) && v.GetBoolean();
            var pattern = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("pattern", out var p) ? new Regex($"^(?:{p.GetString()})$") : null;
            int? maxLength = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("maxLength", out var m) ? m.GetInt32() : null;
            return new Field(element.GetProperty("name").GetString()!, element.GetProperty("type").GetString()!, Flag("required"), Flag("unique"), pattern, maxLength);
        }
    }
}

using System.Runtime.CompilerServices;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Sources.Mapping;

/// <summary>A source file in its own format, read record by record and laid out in the standard's columns.</summary>
public sealed class MappedPlaceRows(SourceRecordReader reader, IReadOnlyList<FieldMapping> mappings) : IPlaceRows
{
    private readonly List<ValidationIssue> _fileIssues = [];

    public double Progress => reader.Progress;

    public IReadOnlyList<ValidationIssue> FileIssues => _fileIssues;

    public async IAsyncEnumerable<StandardRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var mapper = new RowMapper(mappings);
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in reader.ReadAsync(cancellationToken))
        {
            present.UnionWith(record.Values.Keys);
            yield return mapper.Map(record);
        }

        var missing = mappings.SelectMany(m => m.Columns).Distinct().Where(c => !present.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            _fileIssues.Add(FileIssue.Warning("missing_columns", $"Colonnes de la déclaration absentes du fichier (lues comme vides) : {string.Join(", ", missing)}."));
        }
    }
}

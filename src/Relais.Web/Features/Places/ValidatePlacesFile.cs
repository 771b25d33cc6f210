using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Places;

public sealed record ValidatePlacesFileQuery(string FilePath);

public sealed record ValidatePlacesFileResult(
    int Rows, int Valid, int Invalid, IReadOnlyList<RowIssue> Issues, StandardVersion? Version, PlaceFileSyntax? Syntax, PlaceFileException? Unreadable)
{
    public int ExitCode => Unreadable is not null ? 2 : Invalid > 0 ? 1 : 0;
}

/// <summary>Checks a file against the standard without touching the database.</summary>
public sealed class ValidatePlacesFileHandler(CommuneDirectory communes, TimeProvider time)
{
    public async Task<ValidatePlacesFileResult> HandleAsync(ValidatePlacesFileQuery query, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var issues = new List<RowIssue>();
        int rows = 0, valid = 0;
        PlaceFile? file = null;
        try
        {
            file = await PlaceFile.OpenAsync(query.FilePath, cancellationToken);
            var validator = new PlaceValidator(communes, time);
            await foreach (var row in file.ReadRowsAsync(cancellationToken))
            {
                rows++;
                var result = validator.Validate(row);
                valid += result.IsValid ? 1 : 0;
                issues.AddRange(result.Issues.Select(i => new RowIssue(row.RowNumber, row.Id, i)));
                if ((rows & 1023) == 0)
                {
                    progress?.Report(file.Progress);
                }
            }

            issues.InsertRange(0, file.FileIssues.Select(i => new RowIssue(0, null, i)));
            return new ValidatePlacesFileResult(rows, valid, rows - valid, issues, file.Version, file.Syntax, null);
        }
        catch (PlaceFileException exception)
        {
            return new ValidatePlacesFileResult(rows, valid, rows - valid, issues, file?.Version, file?.Syntax, exception);
        }
    }
}

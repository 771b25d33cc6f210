using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.PlaceEdits;

/// <summary>
/// A manual edit of a place: the 32 cells of the standard as text (the <c>id</c> and <c>date_maj</c> cells are
/// ignored: the id never changes, the date becomes today's), and the charter (null = unchanged).
/// </summary>
public sealed record EditPlaceCommand(string PlaceId, IReadOnlyList<string?> Cells, string? Charter, ChangeChannel Channel);

public enum EditPlaceOutcome
{
    Saved,
    NotFound,
    Forbidden,
    Invalid,
}

public sealed record EditPlaceResult(EditPlaceOutcome Outcome, IReadOnlyList<ValidationIssue> Issues, int ChangedFields = 0)
{
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
}

/// <summary>
/// Applies a manual edit after checking who asks (<see cref="PlaceAccess.CanEditAsync"/>) and validating every
/// field with the standard's validator; writes one history row per changed field, remembers each edited field
/// against its source's value (<see cref="PlaceFieldOverride"/>), and sets <c>date_maj</c> to today.
/// Nothing is written when a field is invalid.
/// </summary>
public sealed class EditPlaceHandler(AppDbContext db, PlaceAccess access, CommuneDirectory communes, TimeProvider time)
{
    public const int CharterMaxLength = 2_000;
    private static readonly int IdIndex = StandardColumns.IndexOf(StandardColumns.Id);
    private static readonly int DateIndex = StandardColumns.IndexOf(StandardColumns.DateMaj);
    private static readonly int PivotIndex = StandardColumns.IndexOf(StandardColumns.Pivot);

    public async Task<EditPlaceResult> HandleAsync(User user, EditPlaceCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var place = await db.Places().SingleOrDefaultAsync(p => p.Id == command.PlaceId, cancellationToken);
        if (place is null)
        {
            return new EditPlaceResult(EditPlaceOutcome.NotFound, []);
        }

        if (!await access.CanEditAsync(user, place.Id, cancellationToken))
        {
            return new EditPlaceResult(EditPlaceOutcome.Forbidden, []);
        }

        var now = time.GetUtcNow();
        var cells = command.Cells.Select(c => c?.Trim() is { Length: > 0 } text ? text : null).ToArray();
        if (cells.Length != StandardColumns.All.Count)
        {
            throw new ArgumentException("An edit carries the 32 cells of the standard.", nameof(command));
        }

        // The validator needs an id (the one the source knows) and a date; the edit confirms the data as of today.
        cells[IdIndex] = place.SourceRecordId;
        cells[DateIndex] = ParisTime.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // An empty pivot means "unknown", which the standard spells with its placeholder.
        cells[PivotIndex] ??= StandardCells.UnknownPivot;
        var result = new PlaceValidator(communes, time).Validate(new StandardRow(1, cells));
        var issues = result.Issues.ToList();
        var charter = command.Charter is null ? place.Charter : command.Charter.Trim() is { Length: > 0 } text ? text : null;
        if (charter is { Length: > CharterMaxLength })
        {
            issues.Add(ValidationIssue.Error(PlaceFieldLabels.Charter, "too_long", $"La charte d'accompagnement fait {charter.Length} caractères : {CharterMaxLength} au plus."));
        }

        if (result.Place is null || issues.Exists(i => i.Severity == IssueSeverity.Error))
        {
            return new EditPlaceResult(EditPlaceOutcome.Invalid, issues);
        }

        var before = StandardCells.From(place);
        result.Place.Id = place.Id;
        var after = StandardCells.From(result.Place);
        var channel = command.Channel == ChangeChannel.Form && !await IsMemberAsync(user, place.Id, cancellationToken) ? ChangeChannel.Moderation : command.Channel;
        var actor = user.DisplayName ?? user.Email;
        var changes = new List<PlaceChange>();
        var overrides = await db.Set<PlaceFieldOverride>().Where(o => o.PlaceId == place.Id).ToDictionaryAsync(o => o.Field, StringComparer.Ordinal, cancellationToken);
        for (var i = 0; i < after.Length; i++)
        {
            if (string.Equals(before[i], after[i], StringComparison.Ordinal))
            {
                continue;
            }

            var field = StandardColumns.All[i];
            changes.Add(PlaceChange.Record(place.Id, now, user.Id, actor, channel, field, before[i], after[i]));
            if (i == DateIndex)
            {
                continue;
            }

            if (!overrides.TryGetValue(field, out var existing))
            {
                db.Add(PlaceFieldOverride.Create(place.Id, field, after[i], before[i], now));
            }
            else if (string.Equals(existing.SourceValue, after[i], StringComparison.Ordinal))
            {
                // Edited back to the source's value: the source leads again.
                db.Remove(existing);
            }
            else
            {
                existing.Edit(after[i], now);
            }
        }

        if (!string.Equals(place.Charter, charter, StringComparison.Ordinal))
        {
            changes.Add(PlaceChange.Record(place.Id, now, user.Id, actor, channel, PlaceFieldLabels.Charter, place.Charter, charter));
        }

        var warnings = issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        var stored = warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings.Select(w => new StoredIssue(w.Field, w.Code, w.Message)));
        place.ApplyEdit(result.Place, PlaceLocations.Of(result, communes), result.HoursInterpretable, stored, warnings.Count, charter);
        db.AddRange(changes);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await PlacesVersion.BumpAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditPlaceResult(EditPlaceOutcome.Saved, issues, changes.Count);
    }

    private async Task<bool> IsMemberAsync(User user, string placeId, CancellationToken cancellationToken)
    {
        var organisations = user.Memberships.Select(m => m.OrganisationId).ToList();
        return organisations.Count > 0 && await db.Set<OrganisationPlace>().AnyAsync(p => p.PlaceId == placeId && organisations.Contains(p.OrganisationId), cancellationToken);
    }
}

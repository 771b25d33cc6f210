using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.PlaceEdits;

/// <summary>
/// A field of a place edited by hand, which wins over later runs of its source until the source's own value for
/// that field changes: the value edited, and the source's value at the time of the edit to compare with.
/// </summary>
public sealed class PlaceFieldOverride
{
    private PlaceFieldOverride()
    {
    }

    public string PlaceId { get; private set; } = string.Empty;

    /// <summary>The standard's column name.</summary>
    public string Field { get; private set; } = string.Empty;

    /// <summary>The edited value, as the standard's text cell (null = emptied).</summary>
    public string? EditedValue { get; private set; }

    /// <summary>The source's value when the field was first edited by hand.</summary>
    public string? SourceValue { get; private set; }

    public DateTimeOffset EditedAt { get; private set; }

    public static PlaceFieldOverride Create(string placeId, string field, string? editedValue, string? sourceValue, DateTimeOffset at) => new()
    {
        PlaceId = placeId,
        Field = field,
        EditedValue = editedValue,
        SourceValue = sourceValue,
        EditedAt = at.ToUniversalTime(),
    };

    public void Edit(string? value, DateTimeOffset at)
    {
        EditedValue = value;
        EditedAt = at.ToUniversalTime();
    }

    /// <summary>
    /// Puts into <paramref name="cells"/> (the standard's cells of what the source or the merge now says) the edits whose
    /// field still holds the value they replaced; the others were overtaken by a new value and should be forgotten.
    /// </summary>
    public static (List<PlaceFieldOverride> Kept, List<PlaceFieldOverride> Overtaken) ApplyTo(string?[] cells, IEnumerable<PlaceFieldOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(overrides);
        var kept = new List<PlaceFieldOverride>();
        var overtaken = new List<PlaceFieldOverride>();
        foreach (var edit in overrides)
        {
            var index = Standard.StandardColumns.IndexOf(edit.Field);
            if (index >= 0 && string.Equals(cells[index], edit.SourceValue, StringComparison.Ordinal))
            {
                cells[index] = edit.EditedValue;
                kept.Add(edit);
            }
            else
            {
                overtaken.Add(edit);
            }
        }

        return (kept, overtaken);
    }
}

public sealed class PlaceFieldOverrideConfiguration : IEntityTypeConfiguration<PlaceFieldOverride>
{
    public void Configure(EntityTypeBuilder<PlaceFieldOverride> builder)
    {
        builder.ToTable("place_field_overrides");
        builder.HasKey(o => new { o.PlaceId, o.Field });
        builder.Property(o => o.PlaceId).HasMaxLength(64);
        builder.Property(o => o.Field).HasMaxLength(64);
    }
}

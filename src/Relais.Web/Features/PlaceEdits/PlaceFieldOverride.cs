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

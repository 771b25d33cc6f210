using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// A merged place's records and where each of its values comes from. Its id is the merged place's id: it is
/// made once, from the first records grouped, and kept while the group lives, so links survive re-runs.
/// </summary>
public sealed class PlaceGroup
{
    public const string Automatic = "auto";
    public const string Confirmed = "confirmed";

    private PlaceGroup()
    {
    }

    public string Id { get; private set; } = string.Empty;

    /// <summary><see cref="Automatic"/> (sure matches) or <see cref="Confirmed"/> (a moderator confirmed a pair of it).</summary>
    public string Decision { get; private set; } = Automatic;

    public string MatcherVersion { get; private set; } = PlaceMatcher.Version;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Per field (standard column), the record that gave its value and why: JSON, see <see cref="FieldProvenance"/>.</summary>
    public string Provenance { get; private set; } = "{}";

    public List<PlaceGroupMember> Members { get; private set; } = [];

    public static PlaceGroup Create(string id, DateTimeOffset at) => new() { Id = id, CreatedAt = at, UpdatedAt = at };

    public void Update(string provenance, DateTimeOffset at)
    {
        Provenance = provenance;
        UpdatedAt = at;
    }

    public void MarkConfirmed() => Decision = Confirmed;
}

/// <summary>A source record of a merged place.</summary>
public sealed class PlaceGroupMember
{
    public string PlaceId { get; set; } = string.Empty;

    public string GroupId { get; set; } = string.Empty;

    /// <summary><c>source:original_id</c>, as the export's <c>sources</c> column writes it.</summary>
    public string RecordKey { get; set; } = string.Empty;

    public string SourceName { get; set; } = string.Empty;
}

public sealed class PlaceGroupConfiguration : IEntityTypeConfiguration<PlaceGroup>
{
    public void Configure(EntityTypeBuilder<PlaceGroup> builder)
    {
        builder.ToTable("place_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(64);
        builder.Property(g => g.Decision).HasMaxLength(16);
        builder.Property(g => g.MatcherVersion).HasMaxLength(32);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlaceGroupMemberConfiguration : IEntityTypeConfiguration<PlaceGroupMember>
{
    public void Configure(EntityTypeBuilder<PlaceGroupMember> builder)
    {
        builder.ToTable("place_group_members");

        // A record belongs to one group at most. No foreign key to places: a record removed by its source leaves
        // the group in the same transaction, by the merge step.
        builder.HasKey(m => m.PlaceId);
        builder.Property(m => m.PlaceId).HasMaxLength(64);
        builder.Property(m => m.GroupId).HasMaxLength(64);
        builder.Property(m => m.RecordKey).HasMaxLength(301);
        builder.Property(m => m.SourceName).HasMaxLength(100);
        builder.HasIndex(m => m.GroupId);
    }
}

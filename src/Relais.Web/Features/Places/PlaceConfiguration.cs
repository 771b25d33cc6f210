using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Places;

public sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable("places");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.SourceName).HasMaxLength(100);
        builder.Property(p => p.SourceRecordId).HasMaxLength(200);
        builder.Property(p => p.Pivot).HasMaxLength(14);
        builder.Property(p => p.PostalCode).HasMaxLength(5);
        builder.Property(p => p.InseeCode).HasMaxLength(5);
        builder.Property(p => p.DepartmentCode).HasMaxLength(3);
        builder.Property(p => p.RegionCode).HasMaxLength(3);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.SourceFingerprint).HasMaxLength(64);
        builder.Property(p => p.MergedIntoId).HasMaxLength(64);

        // Only the indexes that searches and re-imports use: each one costs every import a B-tree insert per row.
        // Around a point: the latitude/longitude box; in a territory: département (a région is a list of
        // départements) or commune; re-imports: the source. Name search is fuzzy and does not use an index.
        builder.HasIndex(p => new { p.SourceName, p.SourceRecordId }).IsUnique();
        builder.HasIndex(p => new { p.Latitude, p.Longitude });
        builder.HasIndex(p => p.InseeCode);
        builder.HasIndex(p => p.DepartmentCode);
    }
}

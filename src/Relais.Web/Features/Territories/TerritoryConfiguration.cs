using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Territories;

public sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.ToTable("communes");
        builder.HasKey(c => c.InseeCode);
        builder.Property(c => c.InseeCode).HasMaxLength(5);
        builder.Property(c => c.DepartmentCode).HasMaxLength(3);
        builder.Property(c => c.RegionCode).HasMaxLength(3);
        builder.HasIndex(c => c.SearchKey);
        builder.HasIndex(c => c.DepartmentCode);
    }
}

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(3);
    }
}

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(3);
    }
}

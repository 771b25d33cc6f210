using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Accounts;

/// <summary>A "structure" that runs places: identified by its SIRET or, for an association without one, its RNA number.</summary>
public sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Siret { get; private set; }

    public string? Rna { get; private set; }

    /// <summary>A typology code of the standard (e.g. BIB, CCAS, ASSO).</summary>
    public string? Typology { get; private set; }

    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Identifier => Siret ?? Rna ?? string.Empty;

    public static Organisation Create(string name, string? siret, string? rna, string? typology, string? address, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Name = name.Trim(),
        Siret = siret,
        Rna = rna,
        Typology = typology,
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim(),
        CreatedAt = now,
    };
}

/// <summary>A person's role in an organisation.</summary>
public sealed class Membership
{
    public Guid UserId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Mediator or OrganisationAdmin.</summary>
    public Role Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A place an organisation maintains (one organisation per place).</summary>
public sealed class OrganisationPlace
{
    public string PlaceId { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Siret).HasMaxLength(14);
        builder.Property(o => o.Rna).HasMaxLength(10);
        builder.Property(o => o.Typology).HasMaxLength(20);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.HasIndex(o => o.Siret).IsUnique();
        builder.HasIndex(o => o.Rna).IsUnique();
        builder.Ignore(o => o.Identifier);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => new { m.UserId, m.OrganisationId });
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class OrganisationPlaceConfiguration : IEntityTypeConfiguration<OrganisationPlace>
{
    public void Configure(EntityTypeBuilder<OrganisationPlace> builder)
    {
        builder.ToTable("organisation_places");
        builder.HasKey(p => p.PlaceId);
        builder.Property(p => p.PlaceId).HasMaxLength(64);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Places.Place>().WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganisationId);
    }
}

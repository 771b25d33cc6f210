using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Features.Territories;

/// <summary>Loads the bundled communes, départements and régions into the database when it has none.</summary>
public sealed class SeedTerritoriesHandler(AppDbContext db, CommuneDirectory communes)
{
    private const int ChunkSize = 5_000;

    public async Task<int> HandleAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Set<Commune>().AnyAsync(cancellationToken))
        {
            return 0;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var geo = Path.Combine(AppContext.BaseDirectory, "BundledData", "geo");
        var regions = await ReadAsync<AnctRegion>(Path.Combine(geo, "anct-regions.json"), cancellationToken);
        var regionOfDepartment = regions.SelectMany(r => (r.Departements ?? []).Select(d => (d, r.Code))).ToDictionary(p => p.d, p => p.Code);
        db.AddRange(regions.Select(r => new Region { Code = r.Code, Name = r.Nom, Slug = r.Slug, Latitude = r.Localisation.Latitude, Longitude = r.Localisation.Longitude }));
        var departments = await ReadAsync<AnctDepartment>(Path.Combine(geo, "anct-departements.json"), cancellationToken);
        db.AddRange(departments.Select(d => new Department
        {
            Code = d.Code,
            Name = d.Nom,
            Slug = d.Slug,
            RegionCode = regionOfDepartment.GetValueOrDefault(d.Code),
            Latitude = d.Localisation.Latitude,
            Longitude = d.Localisation.Longitude,
        }));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var chunk in communes.All.Chunk(ChunkSize))
        {
            db.AddRange(chunk.Select(c => new Commune
            {
                InseeCode = c.InseeCode,
                Name = c.Name,
                NameWithArticle = c.NameWithArticle,
                SearchKey = CommuneNameKey.For(c.Name),
                DepartmentCode = c.DepartmentCode,
                RegionCode = c.RegionCode ?? communes.RegionOfDepartment(c.DepartmentCode),
                PostalCodes = string.Join('|', c.PostalCodes),
                Latitude = c.Latitude,
                Longitude = c.Longitude,
                Population = c.Population,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return communes.Count;
    }

    private static async Task<List<T>> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<T>>(stream, JsonOptions, cancellationToken) ?? [];
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record AnctLocation(double Latitude, double Longitude);

    private sealed record AnctRegion(string Code, string Nom, string Slug, List<string>? Departements, AnctLocation Localisation);

    private sealed record AnctDepartment(string Code, string Nom, string Slug, AnctLocation Localisation);
}

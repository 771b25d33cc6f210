using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Setup;

/// <summary>
/// Brings a database to a usable state: schema, reference tables and, on the web server's first start, the
/// demo directory (the bundled Hinaura dataset, real open data). Safe to run at every start and from
/// several instances at once.
/// </summary>
public sealed class InitializeDatabaseHandler(
    AppDbContext db, DatabaseMigrator migrator, SeedTerritoriesHandler territories, ImportPlacesHandler import, SeedOptions seed, TimeProvider time, ILogger<InitializeDatabaseHandler> logger)
{
    public const string DemoDataFlag = "demo_data_loaded";
    public const string DemoSource = "hinaura";

    public static string DemoFile => Path.Combine(AppContext.BaseDirectory, "BundledData", "places", "hinaura-standard-v0.1.json");

    public async Task HandleAsync(bool loadDemoData, CancellationToken cancellationToken = default)
    {
        await using var _ = await migrator.LockAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);
        var communes = await territories.HandleAsync(cancellationToken);
        if (communes > 0)
        {
            logger.LogInformation("Reference data loaded: {Communes} communes", communes);
        }

        if (!loadDemoData || !seed.DemoData || await db.AppFlags.AnyAsync(f => f.Key == DemoDataFlag, cancellationToken))
        {
            return;
        }

        var result = await import.HandleAsync(new ImportPlacesCommand(DemoFile, DemoSource), cancellationToken: cancellationToken);
        db.AppFlags.Add(new AppFlag { Key = DemoDataFlag, Value = $"{result.Imported} places", SetAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo directory loaded from the Hinaura open dataset: {Imported} places, {Rejected} rejected", result.Imported, result.Rejected);
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Places;

public class DemoDataTests
{
    [Fact]
    public async Task FirstStart_DemoDataOn_HinauraLoadedOnceAndHomeShowsCount()
    {
        await using var app = new RelaisAppFactory(DatabaseProvider.Sqlite, demoData: true);
        using var client = app.CreateClient();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        await using var scope = app.Scope();
        var db = app.Get<AppDbContext>(scope);
        var count = await db.Places().CountAsync(p => p.SourceName == "hinaura");
        Assert.True(count >= 667, $"{count} places");
        Assert.Contains(count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), home, StringComparison.Ordinal);
        Assert.True(await db.Set<Commune>().CountAsync() > 34_000);
        Assert.True(await db.Set<Department>().CountAsync(d => d.RegionCode != null) >= 101);
    }

    [Fact]
    public async Task FirstStart_DemoDataOff_EmptyDirectory()
    {
        await using var app = new RelaisAppFactory(DatabaseProvider.Sqlite, demoData: false);
        using var client = app.CreateClient();
        await client.GetStringAsync(new Uri("/", UriKind.Relative));

        await using var scope = app.Scope();
        Assert.Equal(0, await app.Get<AppDbContext>(scope).Places().CountAsync());
    }
}

using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.History;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Infrastructure.Data;

/// <summary>Rows written by <see cref="BulkRows{T}"/> read back through EF exactly as EF would have written them.</summary>
public abstract class BulkRowsTests(AppFixture fixture)
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 15, 123, TimeSpan.FromHours(1));

    [Fact]
    public async Task InsertAsync_UpsertThenDelete_RowsReadBackAsWritten()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var prefix = $"bulk-{Guid.NewGuid():N}"[..16];
        var groups = Enumerable.Range(0, 1_500).Select(i => PlaceGroup.Create($"{prefix}-{i}", At)).ToList();
        var rows = new BulkRows<PlaceGroup>(db);

        Assert.Equal(1_500, await rows.InsertAsync(groups, upsert: false, CancellationToken.None));
        groups[7].Update("""{"nom":"x"}""", At.AddDays(1));
        groups[7].MarkConfirmed();
        await rows.InsertAsync([groups[7]], upsert: true, CancellationToken.None);
        Assert.Equal(2, await rows.DeleteAsync(new[] { $"{prefix}-0", $"{prefix}-1", $"{prefix}-missing" }, CancellationToken.None));

        var stored = await db.Set<PlaceGroup>().AsNoTracking().Where(g => g.Id.StartsWith(prefix)).ToListAsync();
        Assert.Equal(1_498, stored.Count);
        var seventh = stored.Single(g => g.Id == $"{prefix}-7");
        Assert.Equal(("""{"nom":"x"}""", PlaceGroup.Confirmed, At, At.AddDays(1)), (seventh.Provenance, seventh.Decision, seventh.CreatedAt, seventh.UpdatedAt));
        Assert.Equal("{}", stored.Single(g => g.Id == $"{prefix}-8").Provenance);
    }

    [Fact]
    public async Task UpdateAsync_OneValuePerKey_OnlyThoseRowsChanged()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var prefix = $"bulk-{Guid.NewGuid():N}"[..16];
        var reviews = Enumerable.Range(0, 1_200).Select(i => MatchReview.RejectedPair($"{prefix}:a{i:D4}", $"{prefix}-{i}", $"{prefix}:b{i:D4}", "pb", At)).ToList();
        await new BulkRows<MatchReview>(db).InsertAsync(reviews, upsert: false, CancellationToken.None);
        var stored = await db.Set<MatchReview>().AsNoTracking().Where(r => r.RecordA.StartsWith(prefix)).OrderBy(r => r.RecordA).ToListAsync();

        var changes = stored.Take(1_100).Select((r, i) => ((object)r.Id, (object?)(i % 2 == 0 ? $"other-{i}" : "x"))).ToList();
        Assert.Equal(1_100, await new BulkRows<MatchReview>(db).UpdateAsync(nameof(MatchReview.PlaceIdA), changes, CancellationToken.None));

        var after = await db.Set<MatchReview>().AsNoTracking().Where(r => r.RecordA.StartsWith(prefix)).OrderBy(r => r.RecordA).Select(r => r.PlaceIdA).ToListAsync();
        Assert.Equal(["other-0", "x", "other-2"], after.Take(3));
        Assert.Equal($"{prefix}-1100", after[1_100]);
    }

    [Fact]
    public async Task InsertAsync_GuidEnumAndNulls_ReadBackAndFoundAsEfWritesThem()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var place = $"bulk-{Guid.NewGuid():N}"[..16];
        var user = Guid.NewGuid();
        db.Add(PlaceChange.Record(place, At, user, "par EF", ChangeChannel.Moderation, "nom", null, "A"));
        await db.SaveChangesAsync();

        await new BulkRows<PlaceChange>(db).InsertAsync(
            [PlaceChange.Record(place, At, user, "en bloc", ChangeChannel.Moderation, "nom", "A", null), PlaceChange.Record(place, At, null, "en bloc", ChangeChannel.Merge, "telephone", "1", "2")],
            upsert: false,
            CancellationToken.None);

        // Filters bind the values as EF does: the rows written in bulk must be found by them as the one EF wrote.
        var byUser = await db.Set<PlaceChange>().AsNoTracking().Where(c => c.PlaceId == place && c.UserId == user && c.Channel == ChangeChannel.Moderation).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([("par EF", null, "A", At), ("en bloc", "A", null, At)], byUser.Select(c => (c.ActorLabel, c.Before, c.After, c.At)));
        var merge = await db.Set<PlaceChange>().AsNoTracking().SingleAsync(c => c.PlaceId == place && c.UserId == null);
        Assert.Equal((ChangeChannel.Merge, "telephone", At), (merge.Channel, merge.Field, merge.At));
    }

    [Fact]
    public async Task InsertAsync_NoTransaction_RefusedAndNothingWritten()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        var id = $"bulk-{Guid.NewGuid():N}"[..16];

        await Assert.ThrowsAsync<InvalidOperationException>(() => new BulkRows<PlaceGroup>(db).InsertAsync([PlaceGroup.Create(id, At)], upsert: false, CancellationToken.None));

        Assert.False(await db.Set<PlaceGroup>().AnyAsync(g => g.Id == id));
    }

    [Fact]
    public async Task InsertAsync_StoreGeneratedKey_LeftToTheDatabase()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var key = $"bulk-{Guid.NewGuid():N}";
        var reviews = new[] { MatchReview.RejectedPair($"{key}:a", "pa", $"{key}:b", "pb", At), MatchReview.RejectedPair($"{key}:a", "pa", $"{key}:c", "pc", At) };

        await new BulkRows<MatchReview>(db).InsertAsync(reviews, upsert: false, CancellationToken.None);

        var stored = await db.Set<MatchReview>().AsNoTracking().Where(r => r.RecordA == $"{key}:a").OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, stored.Select(r => r.Id).Distinct().Count());
        Assert.All(stored, r => Assert.Equal((MatchReview.Rejected, At, (DateTimeOffset?)At), (r.Status, r.CreatedAt, r.DecidedAt)));
    }
}

public sealed class BulkRowsSqliteTests(SqliteAppFixture fixture) : BulkRowsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class BulkRowsPostgresTests(PostgresAppFixture fixture) : BulkRowsTests(fixture), IClassFixture<PostgresAppFixture>;

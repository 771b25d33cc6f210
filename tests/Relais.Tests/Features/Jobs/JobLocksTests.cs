using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Features.Accounts;
using Relais.Web.Features.Jobs;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Jobs;

/// <summary>The lease of a job occurrence, on both providers: one taker, take-over after expiry, never after completion.</summary>
public abstract class JobLocksTests(MaintainersFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryTake_SameOccurrenceTwice_OnlyFirstOwnerRuns()
    {
        var job = $"test-{Guid.NewGuid():N}";

        Assert.True(await TakeAsync(job, "2026-11-22", "a", Now));
        Assert.False(await TakeAsync(job, "2026-11-22", "b", Now.AddSeconds(1)));
        Assert.True(await TakeAsync(job, "2026-11-23", "b", Now.AddDays(1)));
    }

    [Fact]
    public async Task TryTake_LeaseExpiredWithoutCompletion_TakenOverOnce()
    {
        var job = $"test-{Guid.NewGuid():N}";
        Assert.True(await TakeAsync(job, "x", "a", Now));

        var later = Now.AddMinutes(11);
        var takers = await Task.WhenAll(TakeAsync(job, "x", "b", later), TakeAsync(job, "x", "c", later));

        Assert.Equal(1, takers.Count(t => t));
        await using var scope = fixture.Scope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobLock>().SingleAsync(l => l.JobName == job);
        Assert.Contains(row.Owner, new[] { "b", "c" });
    }

    [Fact]
    public async Task TryTake_CompletedOccurrence_NeverAgain()
    {
        var job = $"test-{Guid.NewGuid():N}";
        Assert.True(await TakeAsync(job, "x", "a", Now));
        await using (var scope = fixture.Scope())
        {
            Assert.Equal(1, await new JobLocks(scope.ServiceProvider.GetRequiredService<AppDbContext>()).CompleteAsync(job, "x", "a", Now.AddMinutes(1), default));
        }

        Assert.False(await TakeAsync(job, "x", "b", Now.AddDays(3)));
    }

    [Fact]
    public async Task TryTake_ManyConcurrentTakers_ExactlyOneWins()
    {
        var job = $"test-{Guid.NewGuid():N}";

        var takers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TakeAsync(job, "x", $"owner-{i}", Now)));

        Assert.Equal(1, takers.Count(t => t));
    }

    private async Task<bool> TakeAsync(string job, string occurrence, string owner, DateTimeOffset now)
    {
        await using var scope = fixture.Scope();
        return await new JobLocks(scope.ServiceProvider.GetRequiredService<AppDbContext>()).TryTakeAsync(job, occurrence, owner, now, TimeSpan.FromMinutes(10), default);
    }
}

public sealed class JobLocksSqliteTests(SqliteMaintainersFixture fixture) : JobLocksTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class JobLocksPostgresTests(PostgresMaintainersFixture fixture) : JobLocksTests(fixture), IClassFixture<PostgresMaintainersFixture>;

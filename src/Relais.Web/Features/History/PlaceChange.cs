using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.History;

/// <summary>Through what a change reached a place.</summary>
public enum ChangeChannel
{
    Form,
    Api,
    SourceImport,
    Merge,
    Moderation,
}

public static class ChangeChannels
{
    /// <summary>French labels, as shown on the history page.</summary>
    public static string Label(this ChangeChannel channel) => channel switch
    {
        ChangeChannel.Form => "formulaire",
        ChangeChannel.Api => "api",
        ChangeChannel.SourceImport => "import de source",
        ChangeChannel.Merge => "fusion",
        ChangeChannel.Moderation => "modération",
        _ => channel.ToString(),
    };
}

/// <summary>
/// One field of one place changed once: the append-only history. Rows are only ever inserted — the app has no
/// code path that updates or deletes them (docs/adr/0014-place-edits-and-history.md). <see cref="ActorLabel"/>
/// is what was known of the author at the time (an e-mail address, "Import « hinaura »"); when an account is
/// deleted, its rows keep a pseudonym in that label and lose the user id.
/// </summary>
public sealed class PlaceChange
{
    private PlaceChange()
    {
    }

    public long Id { get; private set; }

    public string PlaceId { get; private set; } = string.Empty;

    /// <summary>When, UTC.</summary>
    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    public string ActorLabel { get; private set; } = string.Empty;

    public ChangeChannel Channel { get; private set; }

    /// <summary>The standard's column name (e.g. <c>horaires</c>), or <c>charte</c> for the charter.</summary>
    public string Field { get; private set; } = string.Empty;

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public static PlaceChange Record(string placeId, DateTimeOffset at, Guid? userId, string actorLabel, ChangeChannel channel, string field, string? before, string? after) => new()
    {
        PlaceId = placeId,
        At = at.ToUniversalTime(),
        UserId = userId,
        ActorLabel = actorLabel,
        Channel = channel,
        Field = field,
        Before = before,
        After = after,
    };
}

public sealed class PlaceChangeConfiguration : IEntityTypeConfiguration<PlaceChange>
{
    public void Configure(EntityTypeBuilder<PlaceChange> builder)
    {
        builder.ToTable("place_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.PlaceId).HasMaxLength(64);
        builder.Property(c => c.ActorLabel).HasMaxLength(200);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.HasIndex(c => c.PlaceId);
    }
}

using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Features.Dedup;

public enum MatchDecision
{
    Distinct,
    Review,
    Same,
}

/// <summary>The comparison of two records: each feature, the combined score (0–100), the decision and why.</summary>
public sealed record MatchScore(int Score, MatchDecision Decision, string Reason, int NameScore, int? AddressScore, int? DistanceMetres, bool SharedContact, bool SameSiret);

/// <summary>
/// Scores a pair of records (docs/adr/0011-deduplication-and-provenance.md): name, address and great-circle
/// distance weighted 50/25/25 and re-weighted over the features present, plus shared contacts and an equal
/// checked SIRET. Sure matches (≥ <see cref="SameAt"/>) merge; borderline ones (≥ <see cref="ReviewAt"/>)
/// go to a moderator. Guards keep apart what the score alone could join: two kinds of service named in one
/// building, and anything without a precise point (never merged without a human).
/// </summary>
public static class PlaceMatcher
{
    /// <summary>Stored with every group and review item: a new version may re-decide automatic merges.</summary>
    public const string Version = "relais-match-1";

    public const int SameAt = 85;

    public const int ReviewAt = 70;

    private static readonly HashSet<(string, string)> CompatibleTypologies = [("RFS", "PIMMS"), ("MSAP", "RFS"), ("LA_POSTE", "MSAP"), ("LA_POSTE", "RFS")];

    public static MatchScore Score(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var name = NameScore(a.Name, b.Name);
        if (a.AlternateName is not null)
        {
            name = Math.Max(name, NameScore(a.AlternateName, b.Name));
        }

        if (b.AlternateName is not null)
        {
            name = Math.Max(name, NameScore(a.Name, b.AlternateName));
        }

        var address = AddressScore(a, b);
        int? metres = a.HasPoint && b.HasPoint
            ? (int)Math.Round(GeoDistance.Kilometres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) * 1000)
            : null;

        // Same address text but points far apart: one point is badly geocoded, so distance is no evidence either way.
        var distanceCounts = metres is not null && !(address >= 90 && metres > 200);
        double weighted = name * 0.5, weights = 0.5;
        if (address is not null)
        {
            weighted += address.Value * 0.25;
            weights += 0.25;
        }

        if (distanceCounts)
        {
            weighted += DistanceScore(metres!.Value) * 0.25;
            weights += 0.25;
        }

        var sharedContact = a.Contacts.Overlaps(b.Contacts);
        var sameSiret = a.Siret is not null && a.Siret == b.Siret;
        var sameKindSameSpot = a.Kinds.Overlaps(b.Kinds) && address >= 90 && metres <= 100;
        var score = (int)Math.Round(weighted / weights) + (sharedContact ? 10 : 0) + (sameSiret ? 15 : 0) + (sameKindSameSpot ? 10 : 0);
        score = Math.Min(100, score);

        var result = new MatchScore(score, MatchDecision.Distinct, "score", name, address, metres, sharedContact, sameSiret);
        if (a.Kinds.Count > 0 && b.Kinds.Count > 0 && !a.Kinds.Overlaps(b.Kinds))
        {
            return result with { Reason = "different kinds of service" };
        }

        if (score < ReviewAt && !(name >= 95 && metres <= 100))
        {
            return result;
        }

        if (metres is null)
        {
            return result with { Decision = MatchDecision.Review, Reason = "no precise point" };
        }

        if (a.InseeCode is not null && b.InseeCode is not null && a.InseeCode != b.InseeCode)
        {
            return result with { Decision = MatchDecision.Review, Reason = "different communes" };
        }

        if (name >= 95 && metres <= 100)
        {
            return result with { Decision = MatchDecision.Same, Reason = "same name, same spot" };
        }

        if (score < SameAt)
        {
            return result with { Decision = MatchDecision.Review };
        }

        if (name < 60 || (name < 75 && !sameSiret && !sameKindSameSpot && !sharedContact))
        {
            return result with { Decision = MatchDecision.Review, Reason = "names too different" };
        }

        if (!TypologiesCompatible(a, b))
        {
            return result with { Decision = MatchDecision.Review, Reason = "typologies differ" };
        }

        return result with { Decision = MatchDecision.Same };
    }

    /// <summary>Mean of the plain ratio and the token-set ratio: word order and extra words weigh less, but a name is not its own subset.</summary>
    public static int NameScore(TokenText a, TokenText b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.Text == b.Text)
        {
            return 100;
        }

        return (TokenText.Ratio(a.Text, b.Text) + TokenText.TokenSetRatio(a, b)) / 2;
    }

    /// <summary>Two different house numbers mean two addresses, however alike the street is.</summary>
    public static int? AddressScore(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Address.Length == 0 || b.Address.Length == 0)
        {
            return null;
        }

        if (a.HouseNumber is not null && b.HouseNumber is not null)
        {
            // Same number: one address may add a locality ("10 quai Jobez - Morez"); different numbers: two addresses.
            return a.HouseNumber == b.HouseNumber
                ? Math.Max(TokenText.TokenSortRatio(a.Address, b.Address), TokenText.TokenSetRatio(a.Address, b.Address))
                : Math.Min(TokenText.TokenSortRatio(a.Address, b.Address), 40);
        }

        return TokenText.TokenSortRatio(a.Address, b.Address);
    }

    /// <summary>100 up to 30 m, falling linearly to 0 at 500 m (continuous, in metres on the sphere).</summary>
    public static int DistanceScore(int metres) => metres <= 30 ? 100 : metres >= 500 ? 0 : (int)Math.Round(100.0 * (500 - metres) / 470);

    private static bool TypologiesCompatible(MatchRecord a, MatchRecord b) =>
        a.Typologies.Count == 0 || b.Typologies.Count == 0 || a.Typologies.Overlaps(b.Typologies)
        || a.Typologies.Any(x => b.Typologies.Any(y => CompatibleTypologies.Contains((x, y)) || CompatibleTypologies.Contains((y, x))));
}

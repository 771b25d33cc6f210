using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Relais.Web.Features.Freshness;

/// <summary>
/// The one-click confirm link of a reminder: the place id, the period (its <c>date_maj</c> when sent) and an
/// expiry, signed and encrypted with the app's data-protection keys (shared by every instance through the
/// database). No sign-in is needed; the link is single-use because confirming moves <c>date_maj</c>, which ends
/// the period it names.
/// </summary>
public sealed class FreshnessLinks(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);
    private readonly IDataProtector _protector = protection.CreateProtector("Relais.Freshness.Confirm.v1");

    public string Create(string placeId, DateOnly period, DateTimeOffset now) =>
        _protector.Protect(string.Join('|', placeId, period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>The place and period named by a link still valid at <paramref name="now"/>, or null.</summary>
    public (string PlaceId, DateOnly Period)? Read(string? token, DateTimeOffset now)
    {
        try
        {
            var parts = _protector.Unprotect(token ?? string.Empty).Split('|');
            if (parts.Length == 3
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && now.ToUnixTimeSeconds() < expires)
            {
                return (parts[0], period);
            }
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
        }

        return null;
    }
}

using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;

namespace Relais.Web.Features.Claims;

/// <summary>
/// Who may ask to manage a place: someone whose e-mail address is at the domain of the place's website or
/// e-mail, or a member of an organisation whose SIRET is the place's <c>pivot</c>. Free mail providers never
/// count: a gmail.com address proves nothing about a place whose contact happens to be at gmail.com too.
/// </summary>
public static class ClaimEligibility
{
    private static readonly HashSet<string> SharedDomains = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com",
        "live.fr", "live.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "icloud.com", "protonmail.com",
        "proton.me", "neuf.fr", "bbox.fr", "aol.com", "gmx.fr", "msn.com",
    };

    public static ClaimGround? Ground(string userEmail, Organisation organisation, StandardPlaceContacts place)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(place);
        if (organisation.Siret is { } siret && string.Equals(Digits(place.Pivot), siret, StringComparison.Ordinal))
        {
            return ClaimGround.Siret;
        }

        var domain = DomainOf(userEmail);
        if (domain is null || SharedDomains.Contains(domain))
        {
            return null;
        }

        var placeDomains = Split(place.Emails).Select(DomainOf).Concat(Split(place.Websites).Select(HostOf)).OfType<string>();
        return placeDomains.Any(d => d == domain || d.EndsWith("." + domain, StringComparison.Ordinal)) ? ClaimGround.EmailDomain : null;
    }

    public static string? DomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : email![(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant() is { Length: > 0 } d ? d : null;
    }

    public static string? HostOf(string? website)
    {
        var text = website?.Trim() ?? string.Empty;
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string[] Split(string? list) => (list ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Digits(string? value) => new([.. (value ?? string.Empty).Where(char.IsAsciiDigit)]);
}

/// <summary>What the eligibility check reads of a place.</summary>
public sealed record StandardPlaceContacts(string? Pivot, string? Emails, string? Websites)
{
    public static StandardPlaceContacts Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(place.Pivot, place.Emails, place.Websites);
    }
}

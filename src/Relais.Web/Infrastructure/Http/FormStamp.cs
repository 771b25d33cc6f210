using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Relais.Web.Infrastructure.Http;

/// <summary>
/// A signed time stamp put in a public form when it is shown: a form sent back within seconds, or with a stamp
/// that was not made here, comes from a robot. Part of the captcha-free spam protection (ADR 0007).
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(3);

    private readonly IDataProtector _protector = protection.CreateProtector("Relais.PublicForms.FormStamp");

    /// <summary>A stamp for a form shown now.</summary>
    public string Issue() => Issue(time.GetUtcNow());

    /// <summary>A stamp for a form shown again after an error: the person already spent time on it.</summary>
    public string IssueForRedisplay() => Issue(time.GetUtcNow() - MinimumFillTime);

    public bool SentByAPerson(string? stamp)
    {
        try
        {
            var shownAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(_protector.Unprotect(stamp ?? string.Empty), CultureInfo.InvariantCulture));
            return time.GetUtcNow() - shownAt >= MinimumFillTime;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private string Issue(DateTimeOffset at) => _protector.Protect(at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
}

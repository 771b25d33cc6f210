using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Features.CorrectionRequests;

/// <summary>
/// Public forms (error reports, orientation sheets by e-mail, later contact and booking forms) accept a few
/// submissions per address and window; reading the form is never limited. Over the limit: 429 with Retry-After.
/// </summary>
public static class PublicFormsRateLimit
{
    public const string Policy = "public-forms";
    public const string PermitsSetting = "PublicForms:PermitsPerWindow";
    private const int DefaultPermitsPerWindow = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static RateLimiterOptions AddPublicFormsPolicy(this RateLimiterOptions options, IConfiguration configuration) =>
        options.AddSubmissionPolicy(Policy, configuration.GetValue(PermitsSetting, DefaultPermitsPerWindow), Window);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// Who is calling: a session cookie (pages) or a personal API token (<c>Authorization: Bearer rel_…</c>), chosen per
/// request. The cookie holds the account id and its security stamp; every request checks the stamp against the
/// database, so a password change, a lockout or a deleted account ends every session at once, on every instance.
/// </summary>
public static class AccountsAuthentication
{
    public const string Scheme = "Relais";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string TokenScheme = "ApiToken";
    public const string StampClaim = "relais:stamp";

    public static IServiceCollection AddRelaisAuthentication(this IServiceCollection services, bool secureCookiesOnly)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Relais", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenScheme : CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "relais_session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = secureCookiesOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/connexion";
                options.AccessDeniedPath = "/acces-refuse";
                options.Events.OnValidatePrincipal = ValidateStampAsync;
                // The API answers 401/403, never a redirection to the sign-in page.
                options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(TokenScheme, null);
        services.AddAuthorization();
        services.AddScoped<CurrentUser>();
        return services;
    }

    public static ClaimsPrincipal PrincipalFor(User user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Email, user.Email), new Claim(StampClaim, user.SecurityStamp)],
            authenticationType);
        return new ClaimsPrincipal(identity);
    }

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.UserId();
        var stamp = context.Principal?.FindFirstValue(StampClaim);
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var current = id is null ? null : await db.Set<User>().Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

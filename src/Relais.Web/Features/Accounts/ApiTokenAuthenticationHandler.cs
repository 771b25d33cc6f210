using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer rel_…</c> against the hashed personal API tokens.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Relais token.");
        }

        var hash = ApiToken.HashOf(secret);
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var user = token is null ? null : await db.Set<User>().SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted);
        if (token is null || user is null)
        {
            return AuthenticateResult.Fail("Unknown token.");
        }

        var now = time.GetUtcNow();
        if (token.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(5))
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(AccountsAuthentication.PrincipalFor(user, Scheme.Name), Scheme.Name));
    }
}

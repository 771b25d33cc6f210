using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

/// <summary>The signed-in account of this request, read once from the database with its memberships.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, AppDbContext db)
{
    private User? _user;
    private bool _loaded;

    public async Task<User?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!_loaded)
        {
            _loaded = true;
            var id = http.HttpContext?.User.UserId();
            _user = id is null ? null : await db.Set<User>().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        }

        return _user;
    }
}

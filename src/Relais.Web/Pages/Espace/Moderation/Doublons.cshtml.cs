using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Espace.Moderation;

/// <summary>The review queue of possible duplicates: national moderators see every pair, coordinators their territories' pairs.</summary>
[Authorize]
public sealed class DoublonsModel(CurrentUser current, ReviewAccess access, ListReviewPageHandler list, DecideReviewHandler decide, AppDbContext db) : PageModel
{
    public ReviewPage Queue { get; private set; } = new(0, 1, ListReviewPageHandler.PageSize, []);

    public string? Done { get; private set; }

    /// <summary>After a merge: the merged place, to check it.</summary>
    public string? MergedPlaceId { get; private set; }

    // "page" is also the route value naming the Razor page: the number is read from the query string or the form only.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        if (!ReviewAccess.IsModerator(user))
        {
            return Forbid();
        }

        Queue = await list.HandleAsync(user, new ListReviewPageQuery(page), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool confirm, [FromForm(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        if (!await access.CanDecideAsync(user, id, cancellationToken))
        {
            return Forbid();
        }

        var error = await decide.HandleAsync(new DecideReviewCommand(id, confirm), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, Message(error, id));
        }
        else if (confirm)
        {
            MergedPlaceId = await MergedPlaceOfAsync(id, cancellationToken);
            Done = $"Paire n° {id} fusionnée : les deux fiches forment désormais un seul lieu.";
        }
        else
        {
            Done = $"Paire n° {id} : les deux lieux resteront séparés, y compris aux prochains imports.";
        }

        Queue = await list.HandleAsync(user, new ListReviewPageQuery(page), cancellationToken);
        return Page();
    }

    public static string Message(ReviewError error, int id)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "review.not_found" => $"La paire n° {id} n'existe pas ou plus.",
            "review.already_decided" => $"La paire n° {id} a déjà été traitée, par vous ou par une autre personne de la modération. Rien n'a été changé.",
            "review.record_missing" => $"Une des deux fiches de la paire n° {id} a été retirée par sa source : il n'y a plus rien à fusionner. Choisissez « Lieux différents » pour retirer la paire de la liste.",
            _ => error.Message,
        };
    }

    private async Task<string?> MergedPlaceOfAsync(int id, CancellationToken cancellationToken)
    {
        var placeId = await db.Set<Features.Dedup.MatchReview>().AsNoTracking().Where(r => r.Id == id).Select(r => r.PlaceIdA).SingleAsync(cancellationToken);
        return await db.Places().AsNoTracking().Where(p => p.Id == placeId).Select(p => p.MergedIntoId).SingleOrDefaultAsync(cancellationToken);
    }
}

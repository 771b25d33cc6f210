using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Places.Search;

namespace Relais.Web.Pages.Orientation;

/// <summary>The end of the orientation: the answers (each can be changed) and the matching places.</summary>
public sealed class ResultatsModel(SearchPlacesHandler handler, TimeProvider time) : PageModel
{
    public OrientationState State { get; private set; } = new();

    public SearchPlacesResult? Result { get; private set; }

    public SearchError? Error { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page, CancellationToken cancellationToken)
    {
        State = OrientationState.From(Request.Query);
        if (State.Services.Count == 0)
        {
            return Redirect(OrientationStepModel.StepUrl(1, State));
        }

        if (!State.HasPlace)
        {
            return Redirect(OrientationStepModel.StepUrl(2, State));
        }

        Now = time.GetUtcNow();
        var (query, error) = SearchParameters.Parse(State.ToSearchParameters(Math.Max(1, page)), Now);
        (Result, Error) = error is not null ? (null, error) : await handler.HandleAsync(query!, cancellationToken);
        return Page();
    }

    public string ChangeUrl(int step) => OrientationStepModel.StepUrl(step, State) + "&retour=resultats";

    public string PageUrl(int page) => $"/orientation/resultats?{State.ToQueryString()}&page={page.ToString(CultureInfo.InvariantCulture)}";

    public string SheetUrl(string placeId) => $"/orientation/fiche/{placeId}?{State.ToQueryString()}";

    public string ShareUrl => $"{Request.Scheme}://{Request.Host}/orientation/resultats?{State.ToQueryString()}";

    /// <summary>A wider search to suggest when nothing matches: the next radius up, if any.</summary>
    public int? WiderRadius => OrientationState.Radii.Where(r => r > State.Radius).Select(r => (int?)r).FirstOrDefault();

    public string WiderUrl(int radius) => $"/orientation/resultats?{(State with { Radius = radius }).ToQueryString()}";
}

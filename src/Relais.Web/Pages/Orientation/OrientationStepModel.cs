using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Relais.Web.Pages.Orientation;

/// <summary>
/// A step of the orientation journey. Its form is a GET to the step itself with <c>continuer=1</c>: the step
/// checks its answers, shows French errors in place, or goes on to the next step with every answer in the URL.
/// </summary>
public abstract class OrientationStepModel : PageModel
{
    public static readonly IReadOnlyList<(string Page, string Title)> Steps =
    [
        ("/orientation", "Besoin"),
        ("/orientation/lieu", "Lieu"),
        ("/orientation/accessibilite", "Accessibilité"),
        ("/orientation/disponibilite", "Disponibilité"),
    ];

    public OrientationState State { get; protected set; } = new();

    /// <summary>1 to 4.</summary>
    public abstract int StepNumber { get; }

    public string Next => StepNumber < Steps.Count ? Steps[StepNumber].Page : "/orientation/resultats";

    /// <summary>The answers check page, where every step can be changed.</summary>
    public static string ResultsUrl(OrientationState state) => $"/orientation/resultats?{state?.ToQueryString()}";

    public static string StepUrl(int step, OrientationState state) => $"{Steps[step - 1].Page}?{state?.ToQueryString()}";

    public IActionResult OnGet()
    {
        State = OrientationState.From(Request.Query);
        if (Request.Query["continuer"].Count == 0)
        {
            return Page();
        }

        var next = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // "Enregistrer" from the answers check page goes back there rather than through the following steps.
        var target = Request.Query["retour"] == "resultats" ? "/orientation/resultats" : Next;
        return Redirect($"{target}?{next.ToQueryString()}");
    }

    /// <summary>Checks this step's answers (errors go to ModelState) and returns the state to carry on with.</summary>
    protected virtual OrientationState Validate() => State;
}

namespace Relais.Web.Pages.Orientation;

/// <summary>Step 1: the person's need, grouped as on the national map's questionnaire.</summary>
public sealed class IndexModel : OrientationStepModel
{
    public override int StepNumber => 1;

    protected override OrientationState Validate()
    {
        if (State.Services.Count == 0)
        {
            ModelState.AddModelError("besoins", "Cochez au moins un besoin de la personne.");
        }

        return State;
    }
}

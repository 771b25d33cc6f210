namespace Relais.Web.Pages.Orientation;

/// <summary>Step 3: what the person needs to be welcomed well (specific support, publics). Optional.</summary>
public sealed class AccessibiliteModel : OrientationStepModel
{
    public override int StepNumber => 3;
}

namespace Relais.Web.Pages.Orientation;

/// <summary>Step 4: when the person is free, as half-days of the week. Optional.</summary>
public sealed class DisponibiliteModel : OrientationStepModel
{
    public override int StepNumber => 4;
}

using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Pages.Orientation;

/// <summary>Step 2: where the person can go — a commune or a postcode, and how far.</summary>
public sealed class LieuModel(CommuneDirectory communes) : OrientationStepModel
{
    public override int StepNumber => 2;

    /// <summary>Communes sharing the typed name, when it is ambiguous: the person picks one.</summary>
    public IReadOnlyList<CommuneInfo> Choices { get; private set; } = [];

    protected override OrientationState Validate()
    {
        var where = State.Where;
        if (State.Commune is { } code && communes.TryGet(code, out var chosen))
        {
            return State with { Where = chosen.Name };
        }

        if (where.Length == 0)
        {
            ModelState.AddModelError("ou", "Indiquez la commune ou le code postal de la personne.");
            return State;
        }

        if (where.Length == 5 && where.All(char.IsAsciiDigit))
        {
            if (communes.FindByPostalCode(where).Count == 0)
            {
                ModelState.AddModelError("ou", $"Aucune commune n'a le code postal {where}. Vérifiez-le, ou indiquez le nom de la commune.");
            }

            return State with { Commune = null };
        }

        var found = communes.FindByName(where).Where(c => c.Latitude is not null).ToList();
        switch (found.Count)
        {
            case 0:
                ModelState.AddModelError("ou", $"Aucune commune ne s'appelle « {where} ». Vérifiez l'orthographe, ou indiquez le code postal.");
                return State;
            case 1:
                return State with { Where = found[0].Name, Commune = found[0].InseeCode };
            default:
                Choices = found;
                ModelState.AddModelError("commune", $"Plusieurs communes s'appellent « {where} » : choisissez la bonne.");
                return State;
        }
    }
}

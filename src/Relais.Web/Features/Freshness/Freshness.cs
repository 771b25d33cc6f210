namespace Relais.Web.Features.Freshness;

/// <summary>The two ages of a place's <c>date_maj</c> that matter: a reminder at six months, a visible flag at one year.</summary>
public static class Freshness
{
    public static DateOnly ReminderCutoff(DateOnly today) => today.AddMonths(-6);

    public static bool IsOverAYearOld(DateOnly updatedOn, DateOnly today) => updatedOn < today.AddYears(-1);
}

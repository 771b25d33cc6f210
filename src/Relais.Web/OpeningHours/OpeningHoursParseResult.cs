using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Relais.Web.OpeningHours;

/// <summary>
/// Either a schedule or an error. ErrorPosition is a 0-based index into the input; the French
/// message repeats it 1-based for people: "Mot non reconnu « Lundi » (caractère 1).".
/// </summary>
public sealed record OpeningHoursParseResult(
    [property: MemberNotNullWhen(true, "Schedule")] bool Success,
    OpeningHoursSchedule? Schedule,
    string? ErrorMessage,
    int? ErrorPosition)
{
    /// <summary>"empty", "syntax", "unsupported" or "invalid-value"; null on success.</summary>
    public string? ErrorCode { get; init; }

    internal static OpeningHoursParseResult Ok(OpeningHoursSchedule schedule) => new(true, schedule, null, null);

    internal static OpeningHoursParseResult Failure(string code, string message, int position) =>
        new(false, null, string.Create(CultureInfo.InvariantCulture, $"{message.TrimEnd('.')} (caractère {position + 1})."), position)
        {
            ErrorCode = code,
        };
}

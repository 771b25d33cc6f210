using System.Security.Cryptography;
using System.Text;
using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Places;

/// <summary>
/// Fingerprint of a source row as read (after mapping or the 0.1 bridge, before the clean-up), with the
/// clean-up's version: the same row in the next run is skipped (spec consolidation §3, row level).
/// </summary>
public static class RowFingerprint
{
    public static string Of(StandardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder(1024).Append("cleanup-v").Append(RowCleanup.Version);
        foreach (var cell in row.Cells)
        {
            // A unit separator between cells and a marker for absent ones: ["a", null] and [null, "a"] differ.
            text.Append('\u001F').Append(cell is null ? "\u0000" : cell);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

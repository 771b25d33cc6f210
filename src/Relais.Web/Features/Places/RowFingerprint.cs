using System.Buffers;
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
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes($"cleanup-v{RowCleanup.Version}");

    public static string Of(StandardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // A unit separator between cells and a marker for absent ones: ["a", null] and [null, "a"] differ.
        var length = Prefix.Length;
        foreach (var cell in row.Cells)
        {
            length += 1 + (cell is null ? 1 : Encoding.UTF8.GetByteCount(cell));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Prefix.CopyTo(buffer, 0);
            var at = Prefix.Length;
            foreach (var cell in row.Cells)
            {
                buffer[at++] = 0x1F;
                if (cell is null)
                {
                    buffer[at++] = 0;
                }
                else
                {
                    at += Encoding.UTF8.GetBytes(cell, buffer.AsSpan(at));
                }
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, at), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

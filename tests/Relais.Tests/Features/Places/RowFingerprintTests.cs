using System.Security.Cryptography;
using System.Text;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;

namespace Relais.Tests.Features.Places;

public sealed class RowFingerprintTests
{
    /// <summary>Fingerprints are stored: the way they are computed may change, their value may not (or every row is imported again).</summary>
    [Fact]
    public void Of_RowWithAccentsAndAbsentCells_SameValueAsTheStoredDefinition()
    {
        var cells = new string?[StandardColumns.All.Count];
        cells[0] = "lieu-1";
        cells[2] = "Médiathèque de l'Été — « Œuvre »";
        cells[5] = string.Empty;
        cells[^1] = "https://exemple.fr/rdv";
        var row = new StandardRow(1, cells);

        var definition = new StringBuilder("cleanup-v").Append(RowCleanup.Version);
        foreach (var cell in cells)
        {
            definition.Append('\u001F').Append(cell ?? "\u0000");
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition.ToString()))), RowFingerprint.Of(row));
        cells[5] = null;
        Assert.NotEqual(RowFingerprint.Of(new StandardRow(1, cells)), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition.ToString()))));
    }
}

namespace Relais.Web.Features.Dedup;

/// <summary>Section <c>Dedup</c> (<c>Dedup__MergeAfterImport</c>).</summary>
public sealed class DedupOptions
{
    public const string Section = "Dedup";

    /// <summary>Merge duplicates after every import (default). Off, imports only write their rows; decisions already taken stay.</summary>
    public bool MergeAfterImport { get; set; } = true;
}

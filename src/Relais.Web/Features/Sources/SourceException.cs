namespace Relais.Web.Features.Sources;

/// <summary>A source cannot be run: its declaration is invalid, or its data cannot be fetched. Nothing is imported.</summary>
public sealed class SourceException : Exception
{
    public SourceException()
    {
        Code = "source.failed";
    }

    public SourceException(string message)
        : base(message)
    {
        Code = "source.failed";
    }

    public SourceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "source.failed";
    }

    public SourceException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Stable code: <c>source.not_found</c>, <c>source.declaration_invalid</c>, <c>source.fetch_failed</c>, <c>source.fetch_timeout</c>…</summary>
    public string Code { get; }
}

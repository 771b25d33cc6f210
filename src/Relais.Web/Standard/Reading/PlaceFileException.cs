namespace Relais.Web.Standard.Reading;

/// <summary>The file cannot be read at all (encoding, shape, size): nothing of it may be imported.</summary>
public sealed class PlaceFileException : Exception
{
    public PlaceFileException()
    {
        Code = "file.unreadable";
    }

    public PlaceFileException(string message)
        : base(message)
    {
        Code = "file.unreadable";
    }

    public PlaceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "file.unreadable";
    }

    public PlaceFileException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Stable code, e.g. <c>file.binary</c>, <c>file.missing_columns</c>.</summary>
    public string Code { get; }
}

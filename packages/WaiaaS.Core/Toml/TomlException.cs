namespace WaiaaS.Core.Toml;

/// <summary>Thrown by <see cref="TomlParser.Parse(string)"/> when the input is not valid TOML 1.0.</summary>
public sealed class TomlException : Exception
{
    /// <summary>Initialises the exception from a parse error.</summary>
    /// <param name="error">The error.</param>
    public TomlException(TomlError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>Initialises the exception with a message and no position (line and column 1).</summary>
    public TomlException()
        : this(new TomlError("invalid TOML", 1, 1))
    {
    }

    /// <summary>Initialises the exception with a message at line 1, column 1.</summary>
    /// <param name="message">The message.</param>
    public TomlException(string message)
        : this(new TomlError(message, 1, 1))
    {
    }

    /// <summary>Initialises the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TomlException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new TomlError(message, 1, 1);
    }

    /// <summary>Gets the error with its position.</summary>
    public TomlError Error { get; }

    /// <summary>Gets the 1-based line of the error.</summary>
    public int Line => Error.Line;

    /// <summary>Gets the 1-based column of the error.</summary>
    public int Column => Error.Column;
}

namespace WaiaaS.Core.Toml;

/// <summary>A TOML syntax or semantic error with its 1-based source position.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, counted in Unicode code points.</param>
public sealed record TomlError(string Message, int Line, int Column)
{
    /// <summary>Formats the error as <c>line L, column C: message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}

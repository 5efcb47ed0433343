namespace WaiaaS.Core.Configuration;

/// <summary>Why configuration could not be loaded: which key, from where, and what is wrong.</summary>
/// <param name="Key">Dotted key (e.g. <c>daemon.port</c>), or null for a TOML syntax error.</param>
/// <param name="Source">The file path or <c>environment variable WAIAAS_…</c>.</param>
/// <param name="Line">1-based line in the file, when the error comes from a file.</param>
/// <param name="Column">1-based column in the file, when the error comes from a file.</param>
/// <param name="Message">What is wrong, phrased so the operator can fix it.</param>
public sealed record ConfigError(string? Key, string Source, int? Line, int? Column, string Message)
{
    /// <summary><c>source:line:column: key: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}:{line}:{Column ?? 1}" : Source;
        return Key is null ? $"{where}: {Message}" : $"{where}: {Key}: {Message}";
    }
}

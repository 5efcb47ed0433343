using System.Globalization;
using System.Text.RegularExpressions;

namespace WaiaaS.Daemon.Owners;

/// <summary>Reads the Solana form of <see cref="OwnerMessageText"/> strictly, naming the first line that is wrong.</summary>
internal static partial class SolanaOwnerMessageParser
{
    public static OwnerMessage Parse(string text, string header)
    {
        var lines = text.Split('\n');
        var index = 0;
        string Next(string what) => index < lines.Length ? lines[index++] : throw new FormatException($"The message ended before {what} (line {index + 1}).");
        string? Peek() => index < lines.Length ? lines[index] : null;
        string Field(string name) => Next(name) is var line && line.StartsWith(name + ": ", StringComparison.Ordinal)
            ? line[(name.Length + 2)..]
            : throw new FormatException($"Line {index} must start with \"{name}: \".");

        var first = Next("the header");
        if (!first.EndsWith(header, StringComparison.Ordinal) || first.Length == header.Length)
        {
            throw new FormatException($"Line 1 must be \"<domain>{header}\".");
        }

        var domain = first[..^header.Length];
        var address = Next("the address");
        Require(Next("a blank line").Length == 0, index, "must be empty");
        string? statement = null;
        if (Peek() is { Length: > 0 } candidate && !candidate.StartsWith("URI: ", StringComparison.Ordinal))
        {
            statement = Next("the statement");
        }

        Require(Next("a blank line").Length == 0, index, "must be empty");
        var uri = Field("URI");
        Require(Field("Version") == "1", index, "the version must be 1");
        string? chainId = null;
        if (Peek()?.StartsWith("Chain ID: ", StringComparison.Ordinal) == true)
        {
            chainId = Field("Chain ID");
        }

        var nonce = Field("Nonce");
        Require(NoncePattern().IsMatch(nonce), index, "the nonce must be at least 8 alphanumeric characters");
        var issuedAt = Time(Field("Issued At"), index);
        DateTimeOffset? expiration = Peek()?.StartsWith("Expiration Time: ", StringComparison.Ordinal) == true ? Time(Field("Expiration Time"), index) : null;
        DateTimeOffset? notBefore = Peek()?.StartsWith("Not Before: ", StringComparison.Ordinal) == true ? Time(Field("Not Before"), index) : null;
        var requestId = Peek()?.StartsWith("Request ID: ", StringComparison.Ordinal) == true ? Field("Request ID") : null;
        if (Peek() is not null)
        {
            throw new FormatException($"Line {index + 1} is unexpected: after Issued At only Expiration Time, Not Before and Request ID may follow, in that order, with no trailing newline.");
        }

        return new OwnerMessage(domain, address, statement, uri, chainId, nonce, issuedAt, expiration, notBefore, requestId);
    }

    private static DateTimeOffset Time(string text, int line)
    {
        Require(TimestampPattern().IsMatch(text), line, "the time must be an RFC 3339 date-time (e.g. 2026-11-22T12:00:00Z)");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new FormatException($"Line {line}: the time is not a valid date.");
    }

    private static void Require(bool condition, int line, string problem)
    {
        if (!condition)
        {
            throw new FormatException($"Line {line}: {problem}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{8,}$")]
    private static partial Regex NoncePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();
}

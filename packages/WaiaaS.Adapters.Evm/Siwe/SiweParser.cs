using System.Globalization;
using System.Text.RegularExpressions;

namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>Parses the EIP-4361 text form strictly, naming the first line that is wrong.</summary>
public static partial class SiweParser
{
    private const string Header = " wants you to sign in with your Ethereum account:";

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static SiweMessage Parse(string text) =>
        TryParse(text, out var message, out var error) ? message : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SiweMessage? message, out string? error)
    {
        message = null;
        try
        {
            message = ParseLines(text ?? throw new FormatException("The SIWE message is empty."));
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static SiweMessage ParseLines(string text)
    {
        var lines = text.Split('\n');
        var reader = new LineReader(lines);
        var first = reader.Next("the header");
        if (!first.EndsWith(Header, StringComparison.Ordinal))
        {
            throw new FormatException($"Line 1 must end with \"{Header.Trim()}\".");
        }

        var origin = first[..^Header.Length];
        string? scheme = null;
        var schemeEnd = origin.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            scheme = origin[..schemeEnd];
            origin = origin[(schemeEnd + 3)..];
            Require(SchemePattern().IsMatch(scheme), 1, "the scheme is not a valid URI scheme");
        }

        Require(DomainPattern().IsMatch(origin), 1, "the domain is not a valid authority (host[:port])");
        var address = reader.Next("the address");
        Require(EvmAddress.TryParse(address, out var addressBytes) && string.Equals(EvmAddress.ToChecksum(addressBytes), address, StringComparison.Ordinal), 2, "the address must be an EIP-55 checksummed address");
        Require(reader.Next("a blank line") == string.Empty, 3, "must be empty");

        string? statement = null;
        var line = reader.Next("the URI");
        if (line.Length > 0 && !line.StartsWith("URI: ", StringComparison.Ordinal))
        {
            statement = line;
            Require(reader.Next("a blank line") == string.Empty, reader.Number, "must be empty after the statement");
            line = reader.Next("the URI");
        }
        else if (line.Length == 0)
        {
            line = reader.Next("the URI");
        }

        var uri = Field(line, "URI", reader.Number);
        Require(System.Uri.TryCreate(uri, UriKind.Absolute, out _), reader.Number, "the URI is not an absolute RFC 3986 URI");
        var version = Field(reader.Next("the version"), "Version", reader.Number);
        Require(version == "1", reader.Number, "the version must be 1");
        var chainText = Field(reader.Next("the chain id"), "Chain ID", reader.Number);
        var chainOk = ulong.TryParse(chainText, NumberStyles.None, CultureInfo.InvariantCulture, out var chainId);
        Require(DigitsPattern().IsMatch(chainText) && chainOk, reader.Number, "the chain id must be a decimal integer");
        var nonce = Field(reader.Next("the nonce"), "Nonce", reader.Number);
        Require(NoncePattern().IsMatch(nonce), reader.Number, "the nonce must be at least 8 alphanumeric characters");
        var issuedAtText = Field(reader.Next("the issued-at time"), "Issued At", reader.Number);
        var issuedAt = Timestamp(issuedAtText, reader.Number);

        var message = new SiweMessage
        {
            Scheme = scheme,
            Domain = origin,
            Address = address,
            Statement = statement,
            Uri = uri,
            Version = version,
            ChainId = chainId,
            Nonce = nonce,
            IssuedAt = issuedAt,
            IssuedAtText = issuedAtText,
        };
        return ParseOptional(reader, message);
    }

    private static SiweMessage ParseOptional(LineReader reader, SiweMessage message)
    {
        if (reader.Peek()?.StartsWith("Expiration Time: ", StringComparison.Ordinal) == true)
        {
            var text = Field(reader.Next("the expiration time"), "Expiration Time", reader.Number);
            message = message with { ExpirationTime = Timestamp(text, reader.Number), ExpirationTimeText = text };
        }

        if (reader.Peek()?.StartsWith("Not Before: ", StringComparison.Ordinal) == true)
        {
            var text = Field(reader.Next("the not-before time"), "Not Before", reader.Number);
            message = message with { NotBefore = Timestamp(text, reader.Number), NotBeforeText = text };
        }

        if (reader.Peek()?.StartsWith("Request ID: ", StringComparison.Ordinal) == true)
        {
            message = message with { RequestId = Field(reader.Next("the request id"), "Request ID", reader.Number) };
        }

        if (reader.Peek() == "Resources:")
        {
            reader.Next("resources");
            var resources = new List<string>();
            while (reader.Peek()?.StartsWith("- ", StringComparison.Ordinal) == true)
            {
                var resource = reader.Next("a resource")[2..];
                Require(System.Uri.TryCreate(resource, UriKind.Absolute, out _), reader.Number, "a resource is not an absolute URI");
                resources.Add(resource);
            }

            message = message with { Resources = resources };
        }

        if (reader.Peek() is { } extra)
        {
            throw new FormatException($"Line {reader.Number + 1} is unexpected: fields must be Expiration Time, Not Before, Request ID, Resources in that order{(extra.Length == 0 ? " and the message must not end with a newline" : string.Empty)}.");
        }

        return message;
    }

    private static string Field(string line, string name, int number) =>
        line.StartsWith(name + ": ", StringComparison.Ordinal)
            ? line[(name.Length + 2)..]
            : throw new FormatException($"Line {number} must start with \"{name}: \".");

    private static DateTimeOffset Timestamp(string text, int number)
    {
        Require(
            TimestampPattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            number,
            "the time must be an RFC 3339 date-time (e.g. 2021-09-30T16:25:24Z)");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private static void Require(bool condition, int line, string problem)
    {
        if (!condition)
        {
            throw new FormatException($"Line {line}: {problem}.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*$")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%!$&'()*+,;=-]+)(:[0-9]{1,5})?$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("^[A-Za-z0-9]{8,}$")]
    private static partial Regex NoncePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();

    private sealed class LineReader(string[] lines)
    {
        private int _index;

        public int Number => _index;

        public string? Peek() => _index < lines.Length ? lines[_index] : null;

        public string Next(string what) =>
            _index < lines.Length ? lines[_index++] : throw new FormatException($"The message ended before {what} (line {_index + 1}).");
    }
}

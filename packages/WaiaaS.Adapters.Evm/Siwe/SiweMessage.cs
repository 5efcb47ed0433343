using System.Globalization;
using System.Text;

namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>
/// An EIP-4361 "Sign-In with Ethereum" message. <see cref="SiweParser.Parse"/> reads the text form;
/// <see cref="Format"/> writes it back exactly as the EIP's ABNF prescribes.
/// </summary>
public sealed record SiweMessage
{
    /// <summary>Optional URI scheme before the domain (e.g. <c>https</c>).</summary>
    public string? Scheme { get; init; }

    /// <summary>The RFC 3986 authority requesting the signing (host and optional port).</summary>
    public required string Domain { get; init; }

    /// <summary>The EIP-55 address performing the signing.</summary>
    public required string Address { get; init; }

    /// <summary>The human-readable statement (one line), if any.</summary>
    public string? Statement { get; init; }

    /// <summary>The RFC 3986 URI the signing refers to.</summary>
    public required string Uri { get; init; }

    /// <summary>The message version; always <c>1</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The EIP-155 chain id.</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The replay-protection nonce (at least 8 alphanumeric characters).</summary>
    public required string Nonce { get; init; }

    /// <summary>When the message was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>When the signed message stops being valid, if it does.</summary>
    public DateTimeOffset? ExpirationTime { get; init; }

    /// <summary>When the signed message starts being valid, if later than now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>A system-specific request id, if any.</summary>
    public string? RequestId { get; init; }

    /// <summary>Resources (URIs) the user wishes to have resolved as part of authentication.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The timestamps as written in the text (kept so <see cref="Format"/> reproduces the signed bytes).</summary>
    internal string? IssuedAtText { get; init; }

    internal string? ExpirationTimeText { get; init; }

    internal string? NotBeforeText { get; init; }

    /// <summary>The message text to be signed (LF line endings, no trailing newline).</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(Scheme is null ? string.Empty : Scheme + "://").Append(Domain).Append(" wants you to sign in with your Ethereum account:\n");
        text.Append(Address).Append("\n\n");
        if (Statement is not null)
        {
            text.Append(Statement).Append('\n');
        }

        text.Append('\n');
        text.Append("URI: ").Append(Uri).Append('\n');
        text.Append("Version: ").Append(Version).Append('\n');
        text.Append("Chain ID: ").Append(ChainId.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Nonce: ").Append(Nonce).Append('\n');
        text.Append("Issued At: ").Append(IssuedAtText ?? Timestamp(IssuedAt));
        if (ExpirationTime is { } expiration)
        {
            text.Append("\nExpiration Time: ").Append(ExpirationTimeText ?? Timestamp(expiration));
        }

        if (NotBefore is { } notBefore)
        {
            text.Append("\nNot Before: ").Append(NotBeforeText ?? Timestamp(notBefore));
        }

        if (RequestId is not null)
        {
            text.Append("\nRequest ID: ").Append(RequestId);
        }

        if (Resources.Count > 0)
        {
            text.Append("\nResources:");
            foreach (var resource in Resources)
            {
                text.Append("\n- ").Append(resource);
            }
        }

        return text.ToString();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

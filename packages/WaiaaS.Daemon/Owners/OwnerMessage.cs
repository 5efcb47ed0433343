namespace WaiaaS.Daemon.Owners;

/// <summary>
/// The facts of an owner message, whatever the chain's text form (EIP-4361 for EVM, the same layout with a Solana
/// header and no chain id for Solana; see <see cref="OwnerMessageText"/>).
/// </summary>
/// <param name="Domain">The authority that asked for the signature (host[:port]).</param>
/// <param name="Address">The signer's address as written in the message.</param>
/// <param name="Statement">The one-line statement, if any.</param>
/// <param name="Uri">The URI the signature refers to.</param>
/// <param name="ChainId">The EVM chain id (decimal), or null.</param>
/// <param name="Nonce">The server-issued nonce.</param>
/// <param name="IssuedAt">When the message was written.</param>
/// <param name="ExpirationTime">When it stops being valid, if it does.</param>
/// <param name="NotBefore">When it starts being valid, if later.</param>
/// <param name="RequestId">The request id field (approvals: the transaction id), if any.</param>
internal sealed record OwnerMessage(
    string Domain,
    string Address,
    string? Statement,
    string Uri,
    string? ChainId,
    string Nonce,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpirationTime = null,
    DateTimeOffset? NotBefore = null,
    string? RequestId = null);

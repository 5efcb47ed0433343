using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Messages the owner signs for actions other than approvals: proving the owner address
/// (<c>POST /v1/wallets/{id}/owner/verify</c>), activating the kill switch (<c>POST /v1/owner/kill-switch</c>) and
/// recovering from a LOCKED kill switch (<c>POST /v1/admin/recover</c>). Each carries a nonce from
/// <c>GET /v1/nonce</c>. The daemon checks the facts, not the exact bytes: a loopback domain, the owner's address,
/// an unused unexpired nonce, the validity window, and for the kill switch and recovery the exact statement.
/// The layout is the one of <see cref="OwnerApprovalMessages"/> (EIP-4361 for EVM, the Solana variant otherwise).
/// </summary>
public static class OwnerActionMessages
{
    /// <summary>The statement that activates the kill switch (state LOCKED).</summary>
    public const string KillSwitchStatement = "WaiaaS: activate the kill switch";

    /// <summary>The statement that recovers from a LOCKED kill switch.</summary>
    public const string RecoverStatement = "WaiaaS: recover from the kill switch";

    /// <summary>The prefix of every statement the daemon gives a meaning to.</summary>
    public const string StatementPrefix = "WaiaaS: ";

    /// <summary>The statement the daemon writes for owner verification (any statement without the WaiaaS prefix is accepted too).</summary>
    public static string VerifyStatement(string walletId) => $"WaiaaS: verify the owner of wallet {walletId}";

    /// <summary>Builds an owner action message with domain <c>localhost</c> and URI <c>waiaas://owner</c>.</summary>
    /// <param name="chain">The owner's chain.</param>
    /// <param name="ownerAddress">The owner address.</param>
    /// <param name="statement">One of the statements of this class.</param>
    /// <param name="nonce">A nonce from <c>GET /v1/nonce</c>.</param>
    /// <param name="issuedAt">When the message is written.</param>
    /// <param name="expiresAt">When it stops being valid (the nonce's expiry is a good choice).</param>
    /// <param name="evmChainId">EVM only: the decimal chain id to write (informational here); <c>1</c> when null.</param>
    /// <exception cref="ArgumentException">An argument that cannot be written into the message.</exception>
    public static string Build(ChainType chain, string ownerAddress, string statement, string nonce, DateTimeOffset issuedAt, DateTimeOffset expiresAt, string? evmChainId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(statement);
        if (statement.Contains('\n', StringComparison.Ordinal) || statement.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("The statement is one line.", nameof(statement));
        }

        return OwnerMessageText.Format(chain, OwnerApprovalMessages.Message(
            chain, ownerAddress, statement, nonce, issuedAt, expiresAt, chain == ChainType.Ethereum ? evmChainId ?? "1" : null, null));
    }
}

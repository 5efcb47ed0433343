using System.Globalization;
using System.Text.RegularExpressions;
using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// The exact text an owner signs to approve or reject a pending transaction (SPEC §9). The action and the
/// transaction id are part of the signed text, so an approval can never be replayed as a rejection or for another
/// transaction; the nonce (stored in <c>pending_approvals</c>) makes each signature single-use.
/// <para>
/// EVM: an EIP-4361 message, domain <c>localhost</c>, URI <c>waiaas://owner</c>, statement
/// <c>WaiaaS: approve transaction &lt;id&gt;</c> (or <c>reject</c>), chain id, nonce, issued-at, expiration-time and
/// <c>Request ID: &lt;id&gt;</c>, signed with EIP-191 <c>personal_sign</c>. Solana: the same lines with the header
/// <c>localhost wants you to sign in with your Solana account:</c> and no chain id, signed with Ed25519 over the
/// UTF-8 bytes. Times are truncated to whole seconds, so a message rebuilt from stored Unix seconds is identical.
/// </para>
/// </summary>
public static partial class OwnerApprovalMessages
{
    /// <summary>The action that approves the transaction.</summary>
    public const string Approve = "approve";

    /// <summary>The action that rejects the transaction.</summary>
    public const string Reject = "reject";

    /// <summary>The domain written in every owner message.</summary>
    public const string Domain = "localhost";

    /// <summary>The URI written in every message the daemon builds (independent of the port the daemon listens on).</summary>
    public const string Uri = "waiaas://owner";

    /// <summary>The statement line for <paramref name="action"/> on <paramref name="transactionId"/>.</summary>
    public static string Statement(string action, string transactionId) => $"WaiaaS: {action} transaction {transactionId}";

    /// <summary>Builds the message text (see the class remarks).</summary>
    /// <param name="chain">The wallet's chain.</param>
    /// <param name="ownerAddress">The wallet's owner address (normalized here: EIP-55 for EVM).</param>
    /// <param name="action"><see cref="Approve"/> or <see cref="Reject"/>.</param>
    /// <param name="transactionId">The transaction the signature decides.</param>
    /// <param name="nonce">The approval's single-use nonce (at least 8 ASCII letters or digits).</param>
    /// <param name="issuedAt">When the approval was requested.</param>
    /// <param name="expiresAt">When the approval expires.</param>
    /// <param name="evmChainIdOrNull">EVM: the decimal chain id of the transaction's network (required); Solana: null.</param>
    /// <exception cref="ArgumentException">An argument that cannot be written into the message.</exception>
    public static string Build(
        ChainType chain,
        string ownerAddress,
        string action,
        string transactionId,
        string nonce,
        DateTimeOffset issuedAt,
        DateTimeOffset expiresAt,
        string? evmChainIdOrNull)
    {
        if (action is not (Approve or Reject))
        {
            throw new ArgumentException("The action is \"approve\" or \"reject\".", nameof(action));
        }

        if (string.IsNullOrEmpty(transactionId) || !IdPattern().IsMatch(transactionId))
        {
            throw new ArgumentException("The transaction id must be letters, digits and '-' only.", nameof(transactionId));
        }

        return OwnerMessageText.Format(chain, Message(chain, ownerAddress, Statement(action, transactionId), nonce, issuedAt, expiresAt, evmChainIdOrNull, transactionId));
    }

    /// <summary>
    /// Verifies an approval: <paramref name="presentedMessage"/> must equal <paramref name="expectedMessage"/> (as
    /// <see cref="Build"/> rebuilt it from the pending approval) byte for byte, and <paramref name="signature"/> must be
    /// the owner's signature over it. Single use is the caller's business (the <c>pending_approvals</c> row).
    /// </summary>
    public static bool Verify(ChainType chain, string ownerAddress, string expectedMessage, string presentedMessage, string signature) =>
        expectedMessage is not null
        && string.Equals(expectedMessage, presentedMessage, StringComparison.Ordinal)
        && OwnerSignatureVerifier.Verify(chain, ownerAddress, presentedMessage, signature);

    internal static OwnerMessage Message(
        ChainType chain, string ownerAddress, string statement, string nonce, DateTimeOffset issuedAt, DateTimeOffset? expiresAt, string? evmChainId, string? requestId)
    {
        if (!OwnerAddressRules.TryNormalize(chain, ownerAddress, out var owner))
        {
            throw new ArgumentException("The owner address is not valid for the chain.", nameof(ownerAddress));
        }

        if (string.IsNullOrEmpty(nonce) || !NoncePattern().IsMatch(nonce))
        {
            throw new ArgumentException("The nonce must be at least 8 ASCII letters or digits.", nameof(nonce));
        }

        string? chainId = null;
        if (chain == ChainType.Ethereum)
        {
            if (IsInvalidChainId(evmChainId))
            {
                throw new ArgumentException("An EVM message needs the decimal chain id of the network.", nameof(evmChainId));
            }

            chainId = evmChainId;
        }

        return new OwnerMessage(Domain, owner, statement, Uri, chainId, nonce, Truncate(issuedAt), expiresAt is { } e ? Truncate(e) : null, RequestId: requestId);

        static bool IsInvalidChainId(string? id) =>
            string.IsNullOrEmpty(id) || !ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value == 0
            || !string.Equals(value.ToString(CultureInfo.InvariantCulture), id, StringComparison.Ordinal);
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) => DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());

    [GeneratedRegex("^[A-Za-z0-9]{8,}$")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex IdPattern();
}

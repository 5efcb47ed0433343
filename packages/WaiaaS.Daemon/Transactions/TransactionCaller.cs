using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Who asks the pipeline for something: an agent's session (with its wallets and constraints) or the operator.</summary>
/// <param name="Actor">The audit actor (<c>session:&lt;id&gt;</c> or <c>master</c>).</param>
/// <param name="SessionId">The session, or null for the operator.</param>
/// <param name="WalletIds">The wallets the caller may use; null = every wallet (the operator).</param>
/// <param name="Constraints">The session's constraints; null for the operator.</param>
/// <param name="RequestId">The HTTP request id.</param>
internal sealed record TransactionCaller(
    string Actor,
    string? SessionId,
    IReadOnlyList<string>? WalletIds,
    SessionConstraintSettings? Constraints,
    string? RequestId)
{
    /// <summary>Whether the caller may see or use this wallet.</summary>
    public bool MayUse(string walletId) => WalletIds is null || WalletIds.Contains(walletId, StringComparer.Ordinal);
}

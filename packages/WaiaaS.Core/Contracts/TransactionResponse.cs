namespace WaiaaS.Core.Contracts;

/// <summary>One transaction as <c>GET /v1/transactions[/{id}]</c> shows it (SPEC §16). Times are Unix seconds.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="WalletId">The signing wallet.</param>
/// <param name="SessionId">The session that asked, if any.</param>
/// <param name="Network">Network id.</param>
/// <param name="Type">TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL or APPROVE.</param>
/// <param name="To">Recipient, spender or contract.</param>
/// <param name="Amount">Base units (string).</param>
/// <param name="Token">Token address, if any.</param>
/// <param name="Status">Pipeline status.</param>
/// <param name="Tier">Policy tier, null when denied before a tier was decided.</param>
/// <param name="TxHash">Chain hash/signature once signed.</param>
/// <param name="Nonce">EVM nonce, once assigned.</param>
/// <param name="AmountUsd">USD value at request time, when a price was known.</param>
/// <param name="Error">Why it failed, was cancelled or denied.</param>
/// <param name="CreatedAt">Requested at.</param>
/// <param name="ExecuteAfter">When a DELAY becomes due.</param>
/// <param name="SubmittedAt">First submitted at.</param>
/// <param name="ConfirmedAt">Confirmed at.</param>
/// <param name="Approval">The pending owner approval, for QUEUED APPROVAL transactions.</param>
public sealed record TransactionResponse(
    string Id,
    string WalletId,
    string? SessionId,
    string Network,
    string Type,
    string? To,
    string? Amount,
    string? Token,
    string Status,
    string? Tier,
    string? TxHash,
    long? Nonce,
    double? AmountUsd,
    TransactionErrorResponse? Error,
    long CreatedAt,
    long? ExecuteAfter,
    long? SubmittedAt,
    long? ConfirmedAt,
    PendingApprovalResponse? Approval);

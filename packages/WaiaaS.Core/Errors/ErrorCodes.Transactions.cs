namespace WaiaaS.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>The network has no RPC URL configured.</summary>
    public static readonly ErrorCode NetworkNotConfigured = new("NETWORK_NOT_CONFIGURED", 400, "The network has no RPC URL configured.", "Set the network's URL under [rpc] in config.toml (or WAIAAS_RPC_<NETWORK>).", false);

    /// <summary>The transaction does not exist (or is not visible to the caller).</summary>
    public static readonly ErrorCode TransactionNotFound = new("TRANSACTION_NOT_FOUND", 404, "The transaction does not exist.", "List transactions with GET /v1/transactions.", false);

    /// <summary>The Idempotency-Key was used before with a different request.</summary>
    public static readonly ErrorCode IdempotencyKeyReused = new("IDEMPOTENCY_KEY_REUSED", 409, "The Idempotency-Key was already used with a different request.", "Use a new key for a new request; resend the identical body to get the original result.", false);

    /// <summary>The transaction's status does not allow the operation.</summary>
    public static readonly ErrorCode InvalidTransactionState = new("INVALID_TRANSACTION_STATE", 409, "The transaction's status does not allow this operation.", "Check the transaction with GET /v1/transactions/{id}.", false);

    /// <summary>The session is bound to several wallets and the request did not name one.</summary>
    public static readonly ErrorCode WalletRequired = new("WALLET_REQUIRED", 400, "The session can use several wallets; name one.", "Add walletId to the request.", false);

    /// <summary>The wallet is not one the session may use.</summary>
    public static readonly ErrorCode WalletNotInSession = new("WALLET_NOT_IN_SESSION", 403, "The session may not use this wallet.", "Use a wallet the session is bound to.", false);

    /// <summary>The chain refused or could not process the request.</summary>
    public static readonly ErrorCode ChainError = new("CHAIN_ERROR", 502, "The chain could not process the request.", "See the message; retry later if it is temporary.", true);

    /// <summary>The owner approval is missing, expired, already used or does not match.</summary>
    public static readonly ErrorCode ApprovalInvalid = new("APPROVAL_INVALID", 403, "The owner approval is not valid for this transaction.", "Sign the exact approval message of this transaction (GET /v1/transactions/{id}) with the owner's key; each message works once.", false);

    /// <summary>The session sent more requests (or transaction sends) per minute than <c>[security]</c> allows.</summary>
    public static readonly ErrorCode SessionRateLimited = new("RATE_LIMITED", 429, "Too many requests from this session.", "Wait for the number of seconds in Retry-After.", true);
}

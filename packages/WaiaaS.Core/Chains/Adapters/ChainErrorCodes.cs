namespace WaiaaS.Core.Chains.Adapters;

/// <summary>Stable codes carried by <see cref="ChainException"/>.</summary>
public static class ChainErrorCodes
{
    /// <summary>Anything not classified more precisely.</summary>
    public const string ChainError = "CHAIN_ERROR";

    /// <summary>Not enough native balance for amount plus fee, or not enough token balance.</summary>
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";

    /// <summary>A malformed or checksum-invalid address.</summary>
    public const string InvalidAddress = "INVALID_ADDRESS";

    /// <summary>The RPC endpoint could not be reached or dropped the connection.</summary>
    public const string RpcUnavailable = "RPC_UNAVAILABLE";

    /// <summary>The RPC call timed out.</summary>
    public const string RpcTimeout = "RPC_TIMEOUT";

    /// <summary>The RPC endpoint refused for rate limiting (HTTP 429).</summary>
    public const string RpcRateLimited = "RPC_RATE_LIMITED";

    /// <summary>The RPC endpoint answered with something that is not a valid JSON-RPC response of the expected shape.</summary>
    public const string RpcInvalidResponse = "RPC_INVALID_RESPONSE";

    /// <summary>The nonce was already used (stale: rebuild with a fresh nonce).</summary>
    public const string NonceTooLow = "NONCE_TOO_LOW";

    /// <summary>The Solana blockhash expired (stale: rebuild).</summary>
    public const string BlockhashExpired = "BLOCKHASH_EXPIRED";

    /// <summary>The transaction would revert / an instruction failed in simulation.</summary>
    public const string SimulationFailed = "SIMULATION_FAILED";

    /// <summary>Execution reverted on chain.</summary>
    public const string ExecutionReverted = "EXECUTION_REVERTED";

    /// <summary>The fee offered is too low to replace or be accepted.</summary>
    public const string FeeTooLow = "FEE_TOO_LOW";

    /// <summary>The transaction bytes could not be decoded.</summary>
    public const string InvalidTransaction = "INVALID_TRANSACTION";

    /// <summary>The requested token does not exist or is not a token.</summary>
    public const string TokenNotFound = "TOKEN_NOT_FOUND";

    /// <summary>The operation is not supported on this chain.</summary>
    public const string Unsupported = "UNSUPPORTED_OPERATION";
}

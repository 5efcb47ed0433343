using System.Net;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>Maps node error messages, HTTP statuses and transport failures to classified <see cref="ChainException"/>s.</summary>
public static class EvmRpcErrorClassifier
{
    private const int MaxNodeMessageLength = 200;

    // Substrings of node error messages (geth, anvil, erigon, nethermind, besu), lower case, first match wins.
    private static readonly (string Fragment, ChainErrorKind Kind, string Code)[] MessageRules =
    [
        ("insufficient funds", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds),
        ("nonce too low", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow),
        ("already known", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow),
        ("known transaction", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow),
        ("nonce has already been used", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow),
        ("replacement transaction underpriced", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow),
        ("max fee per gas less than block base fee", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow),
        ("fee cap less than block base fee", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow),
        ("transaction underpriced", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow),
        ("execution reverted", ChainErrorKind.Permanent, ChainErrorCodes.ExecutionReverted),
        ("revert", ChainErrorKind.Permanent, ChainErrorCodes.ExecutionReverted),
        ("invalid sender", ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction),
        ("invalid signature", ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction),
        ("rlp", ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction),
        ("rate limit", ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited),
        ("too many requests", ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited),
        ("header not found", ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable),
        ("timeout", ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout),
        ("timed out", ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout),
    ];

    /// <summary>Classifies a JSON-RPC error object (<c>code</c>, <c>message</c>).</summary>
    public static ChainException FromRpcError(string method, long code, string? message)
    {
        var text = message ?? string.Empty;
        var shown = text.Length <= MaxNodeMessageLength ? text : text[..MaxNodeMessageLength] + "...";
        var description = $"{method} failed: {shown} (JSON-RPC error {code}).";
        foreach (var (fragment, kind, errorCode) in MessageRules)
        {
            if (text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return new ChainException(kind, errorCode, description);
            }
        }

        return code switch
        {
            -32005 => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited, description),
            -32601 => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, description),
            3 => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ExecutionReverted, description),
            _ => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, description),
        };
    }

    /// <summary>Classifies an HTTP status that came without a JSON-RPC error body.</summary>
    public static ChainException FromHttpStatus(string method, HttpStatusCode status)
    {
        var description = $"{method} failed: the RPC endpoint answered HTTP {(int)status}.";
        return status switch
        {
            HttpStatusCode.TooManyRequests => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited, description),
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout, description),
            >= HttpStatusCode.InternalServerError => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, description),
            _ => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.RpcUnavailable, description),
        };
    }

    /// <summary>A dropped or refused connection.</summary>
    public static ChainException FromTransportFailure(string method, Exception exception) =>
        new(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, $"{method} failed: the RPC endpoint could not be reached or dropped the connection.", exception);

    /// <summary>An attempt that ran past its timeout.</summary>
    public static ChainException FromTimeout(string method, TimeSpan timeout, Exception? exception = null) =>
        new(ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout, $"{method} failed: no answer within {timeout.TotalSeconds:0.###} s.", exception);

    /// <summary>An answer that is not a JSON-RPC response of the expected shape.</summary>
    public static ChainException InvalidResponse(string method, string problem, Exception? exception = null) =>
        new(ChainErrorKind.Transient, ChainErrorCodes.RpcInvalidResponse, $"{method} failed: the RPC endpoint answered malformed data ({problem}).", exception);

    /// <summary>Whether a failure is worth retrying as is.</summary>
    internal static bool IsRetryable(ChainException exception) =>
        exception.Kind == ChainErrorKind.Transient && exception.Code is ChainErrorCodes.RpcUnavailable or ChainErrorCodes.RpcTimeout or ChainErrorCodes.RpcRateLimited;
}

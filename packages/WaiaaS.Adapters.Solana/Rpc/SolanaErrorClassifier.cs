using System.Net;
using System.Text.Json.Nodes;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Rpc;

/// <summary>
/// Turns Solana RPC failures into classified <see cref="ChainException"/>s. Transaction errors (<c>err</c> values)
/// decide first: an expired blockhash is stale, missing funds permanent; then JSON-RPC codes and HTTP statuses.
/// </summary>
public static class SolanaErrorClassifier
{
    /// <summary>JSON-RPC code of a failed preflight simulation (<c>data</c> holds <c>err</c> and <c>logs</c>).</summary>
    public const int SendTransactionPreflightFailure = -32002;

    /// <summary>JSON-RPC code of a signature that does not verify.</summary>
    public const int SignatureVerificationFailure = -32003;

    /// <summary>JSON-RPC code of a node that is behind or unhealthy.</summary>
    public const int NodeUnhealthy = -32005;

    private const int BlockNotAvailable = -32004;
    private const int InternalError = -32603;
    private const int InvalidParams = -32602;
    private const int InvalidRequest = -32600;
    private const int MethodNotFound = -32601;
    private const int ParseError = -32700;

    /// <summary>Classifies a JSON-RPC <c>error</c> object.</summary>
    public static ChainException FromRpcError(string method, int code, string message, JsonNode? data)
    {
        if (data is JsonObject details && details["err"] is { } err)
        {
            return FromTransactionError(err, Logs(details["logs"]), $"{method}: {message}");
        }

        var text = $"{method} failed ({code}): {message}";
        if (message.Contains("blockhash not found", StringComparison.OrdinalIgnoreCase))
        {
            return new ChainException(ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired, text);
        }

        return code switch
        {
            SignatureVerificationFailure => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, text),
            NodeUnhealthy or BlockNotAvailable or InternalError =>
                new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, text),
            InvalidParams => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, text),
            InvalidRequest or MethodNotFound or ParseError => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse, text),
            _ => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, text),
        };
    }

    /// <summary>Classifies a transaction error (<c>err</c> of a simulation, preflight or signature status).</summary>
    public static ChainException FromTransactionError(JsonNode error, IReadOnlyList<string> logs, string context)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(logs);
        var text = $"{context} ({error.ToJsonString()})";
        if (error is JsonValue value && value.TryGetValue<string>(out var name))
        {
            return name switch
            {
                "BlockhashNotFound" => new ChainException(ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired, text),
                "InsufficientFundsForFee" => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds, text),
                "AccountNotFound" => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds, text),
                "SignatureFailure" or "SanitizeFailure" or "MissingSignatureForFee" =>
                    new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, text),
                "ClusterMaintenance" or "WouldExceedMaxBlockCostLimit" or "WouldExceedMaxAccountCostLimit" or "AccountInUse" =>
                    new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, text),
                _ => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed, text),
            };
        }

        if (error is JsonObject obj && (obj.ContainsKey("InsufficientFundsForRent") || IsInsufficientFunds(obj, logs)))
        {
            return new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds, text);
        }

        return new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed, text);
    }

    /// <summary>Classifies an HTTP status that is not 200.</summary>
    public static ChainException FromHttpStatus(string method, HttpStatusCode status)
    {
        var text = $"{method}: the RPC endpoint answered HTTP {(int)status}.";
        return status switch
        {
            HttpStatusCode.TooManyRequests => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited, text),
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout, text),
            >= HttpStatusCode.InternalServerError => new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, text),
            _ => new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse, text),
        };
    }

    private static bool IsInsufficientFunds(JsonObject error, IReadOnlyList<string> logs)
    {
        // {"InstructionError":[i,"InsufficientFunds"]} or a program that says so in its logs: the System Program
        // ("Transfer: insufficient lamports …", custom error 1) and the token programs ("Error: insufficient funds", custom error 1).
        if (error["InstructionError"] is JsonArray { Count: 2 } pair
            && pair[1] is JsonValue inner && inner.TryGetValue<string>(out var innerName) && innerName == "InsufficientFunds")
        {
            return true;
        }

        return logs.Any(l => l.Contains("insufficient lamports", StringComparison.OrdinalIgnoreCase)
            || l.Contains("insufficient funds", StringComparison.OrdinalIgnoreCase));
    }

    internal static IReadOnlyList<string> Logs(JsonNode? logs) =>
        logs is JsonArray array ? [.. array.Select(l => l?.GetValue<string>() ?? string.Empty)] : [];
}

using System.Net;
using System.Text.Json.Nodes;
using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Rpc;

/// <summary>The classification table over the JSON shapes Solana's RPC uses for errors.</summary>
public sealed class ErrorClassifierTests
{
    [Theory]
    [InlineData("\"BlockhashNotFound\"", ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired)]
    [InlineData("\"InsufficientFundsForFee\"", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("\"AccountNotFound\"", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("{\"InsufficientFundsForRent\":{\"account_index\":1}}", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("{\"InstructionError\":[0,\"InsufficientFunds\"]}", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("\"SignatureFailure\"", ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction)]
    [InlineData("\"AccountInUse\"", ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable)]
    [InlineData("{\"InstructionError\":[1,{\"Custom\":6001}]}", ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed)]
    [InlineData("{\"InstructionError\":[0,\"InvalidAccountData\"]}", ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed)]
    public void TransactionErrors_AreClassified(string errJson, ChainErrorKind kind, string code)
    {
        var error = SolanaErrorClassifier.FromTransactionError(JsonNode.Parse(errJson)!, [], "test");

        Assert.Equal((kind, code), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData("Transfer: insufficient lamports 10, need 5000000000")]
    [InlineData("Program log: Error: insufficient funds")]
    public void CustomProgramErrors_WithInsufficientFundsLogs_AreInsufficientFunds(string log)
    {
        var error = SolanaErrorClassifier.FromTransactionError(JsonNode.Parse("{\"InstructionError\":[0,{\"Custom\":1}]}")!, ["Program X invoke [1]", log], "test");

        Assert.Equal((ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds), (error.Kind, error.Code));
    }

    [Fact]
    public void PreflightFailure_UsesTheErrInItsData()
    {
        var data = JsonNode.Parse("{\"err\":\"BlockhashNotFound\",\"logs\":[],\"accounts\":null,\"unitsConsumed\":0}");

        var error = SolanaErrorClassifier.FromRpcError("sendTransaction", -32002, "Transaction simulation failed: Blockhash not found", data);

        Assert.Equal((ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData(-32005, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable)]
    [InlineData(-32603, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable)]
    [InlineData(-32003, ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction)]
    [InlineData(-32602, ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction)]
    [InlineData(-32601, ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse)]
    [InlineData(-1, ChainErrorKind.Permanent, ChainErrorCodes.ChainError)]
    public void RpcErrorCodes_AreClassified(int code, ChainErrorKind kind, string expected)
    {
        var error = SolanaErrorClassifier.FromRpcError("getBalance", code, "message", null);

        Assert.Equal((kind, expected), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited)]
    [InlineData(HttpStatusCode.BadGateway, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout, ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout)]
    [InlineData(HttpStatusCode.Unauthorized, ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse)]
    public void HttpStatuses_AreClassified(HttpStatusCode status, ChainErrorKind kind, string code)
    {
        var error = SolanaErrorClassifier.FromHttpStatus("getBalance", status);

        Assert.Equal((kind, code), (error.Kind, error.Code));
    }
}

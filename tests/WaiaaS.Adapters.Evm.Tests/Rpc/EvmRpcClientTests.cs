using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text.Json;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Rpc;

public sealed class EvmRpcClientTests
{
    private static readonly Uri Url = new("http://127.0.0.1:1/");
    private static readonly EvmRpcOptions FastRetries = new() { RetryDelay = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Call_SendsJsonRpc20_AndReadsTheResult()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json("""{"jsonrpc":"2.0","id":1,"result":"0x7a69"}"""));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var chainId = await client.GetChainIdAsync(Url, CancellationToken.None);

        Assert.Equal(31337UL, chainId);
        using var request = JsonDocument.Parse(handler.Bodies.Single());
        Assert.Equal("2.0", request.RootElement.GetProperty("jsonrpc").GetString());
        Assert.Equal("eth_chainId", request.RootElement.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Array, request.RootElement.GetProperty("params").ValueKind);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Call_TransientHttpStatus_IsRetriedUntilItSucceeds(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json("busy", status),
            ScriptedHandler.Json("busy", status),
            ScriptedHandler.Json("""{"jsonrpc":"2.0","id":1,"result":"0x10"}"""));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var block = await client.GetBlockNumberAsync(Url, CancellationToken.None);

        Assert.Equal(16UL, block);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Call_RateLimitedEveryTime_GivesUpAsTransientRateLimited()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json("slow down", HttpStatusCode.TooManyRequests));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries with { MaxAttempts = 4 });

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcRateLimited, error.Code);
        Assert.Equal(4, handler.Calls);
    }

    [Fact]
    public async Task Call_ConnectionRefused_IsTransientUnavailable_AfterRetries()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        var handler = new ScriptedHandler(ScriptedHandler.Throw(refused));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcUnavailable, error.Code);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Call_NoAnswerWithinTheTimeout_IsTransientTimeout()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries with { Timeout = TimeSpan.FromMilliseconds(50), MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcTimeout, error.Code);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Call_CallerCancels_IsCancellationNotAChainError()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);
        using var cancellation = new CancellationTokenSource();

        var call = client.GetBlockNumberAsync(Url, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData("insufficient funds for gas * price + value", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("Insufficient funds for gas * price + value", ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds)]
    [InlineData("nonce too low: next nonce 5, tx nonce 3", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow)]
    [InlineData("already known", ChainErrorKind.Stale, ChainErrorCodes.NonceTooLow)]
    [InlineData("replacement transaction underpriced", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow)]
    [InlineData("max fee per gas less than block base fee", ChainErrorKind.Stale, ChainErrorCodes.FeeTooLow)]
    [InlineData("execution reverted: ERC20: transfer amount exceeds balance", ChainErrorKind.Permanent, ChainErrorCodes.ExecutionReverted)]
    [InlineData("something odd", ChainErrorKind.Permanent, ChainErrorCodes.ChainError)]
    public async Task Call_NodeError_IsClassified_AndNotRetried(string message, ChainErrorKind kind, string code)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(
            JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, error = new { code = -32000, message } })));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var error = await Assert.ThrowsAsync<ChainException>(() => client.SendRawTransactionAsync(Url, new byte[] { 1 }, CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.Code);
        Assert.Contains("eth_sendRawTransaction", error.Message);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Call_JsonRpcErrorUnderHttp400_IsClassifiedFromTheBody()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json("""{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"insufficient funds"}}""", HttpStatusCode.BadRequest));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorCodes.InsufficientFunds, error.Code);
    }

    [Theory]
    [InlineData("<html>bad gateway</html>")]
    [InlineData("""{"jsonrpc":"2.0","id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"result":42}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"result":"0xzz"}""")]
    [InlineData("[]")]
    public async Task Call_MalformedAnswer_IsInvalidResponse(string body)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(body));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorCodes.RpcInvalidResponse, error.Code);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Call_Http403_IsPermanent()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json("forbidden", HttpStatusCode.Forbidden));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var error = await Assert.ThrowsAsync<ChainException>(() => client.GetBlockNumberAsync(Url, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task FeeHistory_ParsesBaseFeesAndRewards()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(
            """{"jsonrpc":"2.0","id":1,"result":{"oldestBlock":"0x1","baseFeePerGas":["0x3b9aca00","0x3b9aca01"],"gasUsedRatio":[0.5],"reward":[["0x5f5e100"]]}}"""));
        var client = new EvmRpcClient(TestHttp.Client(handler), FastRetries);

        var history = await client.GetFeeHistoryAsync(Url, 1, [50], CancellationToken.None);

        Assert.Equal(new BigInteger(1_000_000_001), history.NextBaseFee);
        Assert.Equal(new BigInteger(100_000_000), history.Rewards.Single().Single());
    }

    [Theory]
    [InlineData(0, "0x0")]
    [InlineData(1, "0x1")]
    [InlineData(4096, "0x1000")]
    [InlineData(31337, "0x7a69")]
    public void HexQuantity_FormatAndParse(long value, string hex)
    {
        Assert.Equal(hex, HexQuantity.Format(value));
        Assert.Equal(new BigInteger(value), HexQuantity.Parse(hex));
    }
}

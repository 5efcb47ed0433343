using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Rpc;

/// <summary>How transport failures are classified and which are retried (against loopback stubs, never the network).</summary>
public sealed class RpcTransportFailureTests : IDisposable
{
    private static readonly SolanaRpcOptions FastRetries = new() { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(1), RequestTimeout = TimeSpan.FromSeconds(20) };
    private readonly HttpClient _http = TestHttp.Create();

    [Fact]
    public async Task ClosedEndpoint_IsTransientRpcUnavailable()
    {
        var client = new SolanaRpcClient(_http, LoopbackStub.ClosedEndpoint(), FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable);
    }

    [Fact]
    public async Task DroppedConnection_IsTransientAndRetried()
    {
        await using var stub = LoopbackStub.DroppingConnections();
        var client = new SolanaRpcClient(_http, stub.Url, FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetLatestBlockhashAsync(CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable);
        Assert.Equal(3, stub.Connections);
    }

    [Fact]
    public async Task RateLimited_IsTransientRpcRateLimitedAndRetried()
    {
        await using var stub = LoopbackStub.Answering(429, "Too Many Requests", "{}");
        var client = new SolanaRpcClient(_http, stub.Url, FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Transient, ChainErrorCodes.RpcRateLimited);
        Assert.Equal(3, stub.Connections);
    }

    [Theory]
    [InlineData("<html>bad gateway page</html>")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1}")]
    [InlineData("[1,2,3]")]
    public async Task MalformedReply_IsPermanentRpcInvalidResponseAndNotRetried(string body)
    {
        await using var stub = LoopbackStub.Answering(200, "OK", body);
        var client = new SolanaRpcClient(_http, stub.Url, FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse);
        Assert.Equal(1, stub.Connections);
    }

    [Fact]
    public async Task WrongShapeInsideAValidReply_IsRpcInvalidResponse()
    {
        await using var stub = LoopbackStub.Answering(200, "OK", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"context\":{\"slot\":1},\"value\":\"lots\"}}");
        var client = new SolanaRpcClient(_http, stub.Url, FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse);
    }

    [Fact]
    public async Task NodeUnhealthy_IsTransientAndRetried()
    {
        await using var stub = LoopbackStub.Answering(200, "OK", "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32005,\"message\":\"Node is behind by 42 slots\"}}");
        var client = new SolanaRpcClient(_http, stub.Url, FastRetries);

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable);
        Assert.Equal(3, stub.Connections);
    }

    [Fact]
    public async Task Timeout_IsTransientRpcTimeout()
    {
        await using var silent = SilentStub.Start();
        var client = new SolanaRpcClient(_http, silent.Url, FastRetries with { MaxRetries = 0, RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var error = await Record.ExceptionAsync(() => client.GetBalanceAsync("11111111111111111111111111111111", CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout);
    }

    public void Dispose() => _http.Dispose();
}

using System.Net;
using System.Net.Sockets;
using System.Numerics;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Evm.Tests.Rpc;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

[Collection(AnvilCollectionDefinition.Name)]
public sealed class AnvilErrorClassificationTests(AnvilFixture anvil)
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task SpendingMoreThanTheBalance_IsPermanentInsufficientFunds()
    {
        var poor = await anvil.NewWalletAsync(Ether / 1000);

        var error = await Assert.ThrowsAsync<ChainException>(() => anvil.Adapter.BuildAsync(
            anvil.Endpoint, new NativeTransferRequest(poor.Address, TestSigner.Random().Address, Ether), TransactionBuildOptions.Default, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Equal(ChainErrorCodes.InsufficientFunds, error.Code);
    }

    [Fact]
    public async Task ReusingAMinedNonce_IsStaleNonceTooLow()
    {
        var sender = await anvil.NewWalletAsync(Ether);
        var recipient = TestSigner.Random().Address;
        await anvil.SendAndConfirmAsync(new NativeTransferRequest(sender.Address, recipient, 1), sender);

        var again = await anvil.Adapter.BuildAsync(anvil.Endpoint, new NativeTransferRequest(sender.Address, recipient, 2), new TransactionBuildOptions(Nonce: 0), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ChainException>(() => anvil.Adapter.SubmitAsync(anvil.Endpoint, anvil.Adapter.Sign(again, sender), CancellationToken.None));

        Assert.Equal(ChainErrorKind.Stale, error.Kind);
        Assert.Equal(ChainErrorCodes.NonceTooLow, error.Code);
    }

    [Fact]
    public async Task ResubmittingTheSameSignedBytes_ReturnsTheSameHash_WithoutRebuilding()
    {
        var sender = await anvil.NewWalletAsync(Ether);
        var unsigned = await anvil.Adapter.BuildAsync(anvil.Endpoint, new NativeTransferRequest(sender.Address, TestSigner.Random().Address, 5), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = anvil.Adapter.Sign(unsigned, sender);

        var first = await anvil.Adapter.SubmitAsync(anvil.Endpoint, signed, CancellationToken.None);
        await anvil.Adapter.WaitForConfirmationAsync(anvil.Endpoint, first, TimeSpan.FromSeconds(60), CancellationToken.None);
        var second = await anvil.Adapter.SubmitAsync(anvil.Endpoint, signed, CancellationToken.None);

        Assert.Equal(signed.TransactionHash, first);
        Assert.Equal(first, second);
        Assert.Equal(1UL, await anvil.Adapter.GetNonceAsync(anvil.Endpoint, sender.Address, CancellationToken.None));
    }

    [Fact]
    public async Task KilledNode_IsTransientRpcUnavailable()
    {
        await using var doomed = await AnvilProcess.StartAsync(anvil.Http, AnvilFixture.ChainId);
        var adapter = new EvmChainAdapter(new EvmRpcClient(anvil.Http, new EvmRpcOptions { RetryDelay = TimeSpan.FromMilliseconds(10) }));
        var endpoint = Endpoint(doomed.RpcUrl);
        var address = anvil.Dev.Address;
        Assert.True((await adapter.GetBalanceAsync(endpoint, address, CancellationToken.None)).Amount > 0);

        await doomed.KillAsync();
        var error = await Assert.ThrowsAsync<ChainException>(() => adapter.GetBalanceAsync(endpoint, address, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcUnavailable, error.Code);
    }

    [Fact]
    public async Task ConnectionDroppedBeforeAnAnswer_IsTransient_AndRetried()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = 0;
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref accepted);
                client.Client.LingerState = new LingerOption(true, 0); // reset, not a polite close
                client.Close();
            }
        });
        using var http = TestHttp.Loopback();
        var rpc = new EvmRpcClient(http, new EvmRpcOptions { RetryDelay = TimeSpan.FromMilliseconds(10), MaxAttempts = 3 });
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

        var error = await Assert.ThrowsAsync<ChainException>(() => rpc.GetChainIdAsync(url, CancellationToken.None));
        await stop.CancelAsync();
        listener.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => server);

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcUnavailable, error.Code);
        Assert.Equal(3, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task ClosedPort_IsTransientRpcUnavailable()
    {
        var adapter = new EvmChainAdapter(new EvmRpcClient(anvil.Http, new EvmRpcOptions { RetryDelay = TimeSpan.FromMilliseconds(10) }));

        var error = await Assert.ThrowsAsync<ChainException>(() => adapter.GetNonceAsync(Endpoint(new Uri($"http://127.0.0.1:{FreeLoopbackPort.Pick()}/")), anvil.Dev.Address, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Transient, error.Kind);
        Assert.Equal(ChainErrorCodes.RpcUnavailable, error.Code);
    }

    private static ChainEndpoint Endpoint(Uri url) =>
        new(new NetworkInfo("anvil-local", ChainType.Ethereum, NetworkEnvironment.Testnet, (long)AnvilFixture.ChainId, null, null), url);
}

using System.Numerics;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Evm.Tests.Rpc;
using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

/// <summary>
/// Starts Anvil on a random loopback port, compiles tests/node/evm/TestToken.sol with the pinned solc, and deploys it
/// from dev account 0 with a legacy EIP-155 transaction signed by this package's own code.
/// </summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    public const ulong ChainId = 31337;
    public const int TokenDecimals = 6;
    public static readonly BigInteger TokenSupply = BigInteger.Pow(10, 12);

    // Anvil's default dev account 0 (mnemonic "test test test test test test test test test test test junk").
    private static readonly byte[] DevKey = Convert.FromHexString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

    private AnvilProcess? _anvil;

    public HttpClient Http { get; } = TestHttp.Loopback();

    public Uri RpcUrl => _anvil?.RpcUrl ?? throw new InvalidOperationException("Anvil is not running.");

    public ChainEndpoint Endpoint { get; private set; } = null!;

    public EvmRpcClient Rpc { get; private set; } = null!;

    public EvmChainAdapter Adapter { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    internal TestSigner Dev { get; } = new(DevKey);

    public async Task InitializeAsync()
    {
        AnvilProcess.EnsureInstalled();
        var compile = TestTokenArtifact.CompileAsync(CancellationToken.None);
        _anvil = await AnvilProcess.StartAsync(Http, ChainId);
        Rpc = new EvmRpcClient(Http, new EvmRpcOptions { RetryDelay = TimeSpan.FromMilliseconds(50) });
        Adapter = new EvmChainAdapter(Rpc, new EvmAdapterOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        Endpoint = new ChainEndpoint(new NetworkInfo("anvil-local", ChainType.Ethereum, NetworkEnvironment.Testnet, (long)ChainId, null, null), RpcUrl);
        Token = await DeployTokenAsync(await compile);
    }

    public async Task DisposeAsync()
    {
        if (_anvil is not null)
        {
            await _anvil.DisposeAsync();
        }

        Http.Dispose();
    }

    /// <summary>A fresh wallet holding <paramref name="wei"/> from dev account 0 (and <paramref name="tokens"/> of the test token).</summary>
    internal async Task<TestSigner> NewWalletAsync(BigInteger wei, BigInteger? tokens = null)
    {
        var wallet = TestSigner.Random();
        await SendAndConfirmAsync(new NativeTransferRequest(Dev.Address, wallet.Address, wei), Dev);
        if (tokens is { } amount)
        {
            await SendAndConfirmAsync(new TokenTransferRequest(Dev.Address, wallet.Address, Token, amount), Dev);
        }

        return wallet;
    }

    /// <summary>Build, sign, submit and wait; asserts success.</summary>
    internal async Task<ConfirmationStatus> SendAndConfirmAsync(TransactionRequest request, TestSigner signer, TransactionBuildOptions? options = null)
    {
        var unsigned = await Adapter.BuildAsync(Endpoint, request, options ?? TransactionBuildOptions.Default, CancellationToken.None);
        var signed = Adapter.Sign(unsigned, signer);
        var hash = await Adapter.SubmitAsync(Endpoint, signed, CancellationToken.None);
        var status = await Adapter.WaitForConfirmationAsync(Endpoint, hash, TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.True(status.State == ConfirmationState.Confirmed, $"{request.GetType().Name} ended {status.State}: {status.Error}");
        return status;
    }

    private async Task<string> DeployTokenAsync(byte[] bytecode)
    {
        var data = TestTokenArtifact.Deployment(bytecode, "WaiaaS Test Token", "WTT", TokenDecimals, TokenSupply);
        var gas = await Rpc.EstimateGasAsync(RpcUrl, new EvmCall(Dev.Address, null, 0, data), CancellationToken.None);
        var transaction = new EvmTransaction
        {
            Type = EvmTransactionType.Legacy,
            ChainId = ChainId,
            Nonce = await Rpc.GetTransactionCountAsync(RpcUrl, Dev.Address, "pending", CancellationToken.None),
            GasPrice = await Rpc.GetGasPriceAsync(RpcUrl, CancellationToken.None),
            GasLimit = gas * 6 / 5,
            To = null,
            Data = data,
        };
        var signature = Secp256k1.Sign(DevKey, EvmTransactionEncoder.SigningHash(transaction));
        var hash = await Rpc.SendRawTransactionAsync(RpcUrl, EvmTransactionEncoder.EncodeSigned(transaction, signature), CancellationToken.None);
        var status = await Adapter.WaitForConfirmationAsync(Endpoint, hash, TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.Equal(ConfirmationState.Confirmed, status.State);
        var receipt = await Rpc.GetTransactionReceiptAsync(RpcUrl, hash, CancellationToken.None);
        Assert.True(receipt is { Succeeded: true, ContractAddress: not null }, "The test token deployment failed.");
        return receipt.ContractAddress!;
    }
}

using System.Numerics;
using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Evm.Tests.Anvil;
using WaiaaS.Adapters.Evm.Tests.Crypto;
using WaiaaS.Adapters.Evm.Tests.Rpc;
using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Adapter;

public sealed class EvmChainAdapterTests
{
    private const string Sender = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private const string Recipient = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static readonly ChainEndpoint Sepolia = new(KnownNetworks.Find("ethereum-sepolia")!, new Uri("http://127.0.0.1:1/"));

    [Fact]
    public async Task Build_WithoutFeeHistory_FallsBackToLegacyGasPrice_WithTheGasMargin()
    {
        var node = LegacyNode();
        var adapter = Adapter(node);

        var built = (EvmUnsignedTransaction)await adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, Recipient, 1000), TransactionBuildOptions.Default, CancellationToken.None);

        Assert.Equal(EvmTransactionType.Legacy, built.Transaction.Type);
        Assert.Equal(new BigInteger(3_000_000_000), built.Transaction.GasPrice);
        Assert.Equal(25200UL, built.Transaction.GasLimit);
        Assert.Equal(11155111UL, built.Transaction.ChainId);
        Assert.Equal(4UL, built.Nonce);
        Assert.Equal("legacy", built.Fee.Details["type"]);
        Assert.Equal(new BigInteger(25200L * 3_000_000_000), built.Fee.Total);
        Assert.Equal(EvmTransactionEncoder.SigningHash(built.Transaction), built.SigningPayload.ToArray());
    }

    [Fact]
    public async Task Build_Eip1559_UsesTwiceTheNextBaseFeePlusTheTip()
    {
        var node = LegacyNode()
            .Result("eth_feeHistory", Json("""{"oldestBlock":"0x1","baseFeePerGas":["0x64","0xc8"],"gasUsedRatio":[0.5],"reward":[["0x1"]]}"""))
            .Result("eth_maxPriorityFeePerGas", "0xa");
        var adapter = Adapter(node);

        var built = (EvmUnsignedTransaction)await adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, Recipient, 1), new TransactionBuildOptions(Nonce: 9), CancellationToken.None);

        Assert.Equal(EvmTransactionType.Eip1559, built.Transaction.Type);
        Assert.Equal(new BigInteger(10), built.Transaction.MaxPriorityFeePerGas);
        Assert.Equal(new BigInteger((2 * 200) + 10), built.Transaction.MaxFeePerGas);
        Assert.Equal(9UL, built.Transaction.Nonce);
        Assert.DoesNotContain("eth_getTransactionCount", node.Methods);
    }

    [Fact]
    public async Task Build_WhenTheNodeServesAnotherChain_IsPermanent()
    {
        var adapter = Adapter(LegacyNode().Result("eth_chainId", "0x1"));

        var error = await Assert.ThrowsAsync<ChainException>(() => adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, Recipient, 1), TransactionBuildOptions.Default, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Contains("chain id 1", error.Message);
    }

    [Fact]
    public async Task Build_BadRecipientOrSolanaNetwork_FailsBeforeAnyCall()
    {
        var node = LegacyNode();
        var adapter = Adapter(node);
        var solana = new ChainEndpoint(KnownNetworks.Find("solana-devnet")!, new Uri("http://127.0.0.1:1/"));

        var address = await Assert.ThrowsAsync<ChainException>(() => adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, "0x1234", 1), TransactionBuildOptions.Default, CancellationToken.None));
        var network = await Assert.ThrowsAsync<ChainException>(() => adapter.BuildAsync(solana, new NativeTransferRequest(Sender, Recipient, 1), TransactionBuildOptions.Default, CancellationToken.None));

        Assert.Equal(ChainErrorCodes.InvalidAddress, address.Code);
        Assert.Equal(ChainErrorCodes.Unsupported, network.Code);
        Assert.Empty(node.Methods);
    }

    [Fact]
    public async Task Sign_ByAnotherWalletsSigner_IsRefused()
    {
        var adapter = Adapter(LegacyNode());
        var built = await adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, Recipient, 1), TransactionBuildOptions.Default, CancellationToken.None);

        var error = Assert.Throws<ChainException>(() => adapter.Sign(built, new TestSigner(Secp256k1Tests.Key("01"))));

        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
    }

    [Fact]
    public async Task Sign_WithTheSendersKey_GivesRawBytesThatParseBack()
    {
        var adapter = Adapter(LegacyNode());
        var built = await adapter.BuildAsync(Sepolia, new NativeTransferRequest(Sender, Recipient, 1000), TransactionBuildOptions.Default, CancellationToken.None);

        var signed = adapter.Sign(built, new TestSigner(Secp256k1Tests.Key("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")));
        var parsed = adapter.ParseRawTransaction(signed.Raw.Span);

        Assert.Equal(EvmTransactionEncoder.TransactionHash(signed.Raw.Span), signed.TransactionHash);
        Assert.Equal(Sender, parsed.From);
        Assert.Equal(new ParsedOperation("native_transfer", Recipient, 1000, null, null), Assert.Single(parsed.Operations));
    }

    [Fact]
    public void ParseRawTransaction_RecognisesApproveAndContractCalls()
    {
        var adapter = Adapter(LegacyNode());
        var token = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
        var approve = Unsigned(token, Erc20.EncodeApprove(Recipient, 77), 0);
        var call = Unsigned(token, [1, 2, 3, 4], 5);
        var deploy = Unsigned(null, [0x60, 0x80], 0);

        Assert.Equal(new ParsedOperation("approve", Recipient, 77, token, token), Assert.Single(adapter.ParseRawTransaction(approve).Operations));
        Assert.Equal(new ParsedOperation("contract_call", token, 5, null, token), Assert.Single(adapter.ParseRawTransaction(call).Operations));
        Assert.Equal("contract_call", Assert.Single(adapter.ParseRawTransaction(deploy).Operations).Kind);
        Assert.False(adapter.ParseRawTransaction(approve).IsSigned);
    }

    [Fact]
    public void ParseRawTransaction_Garbage_IsInvalidTransaction()
    {
        var error = Assert.Throws<ChainException>(() => Adapter(LegacyNode()).ParseRawTransaction([0x03, 0xc0]));

        Assert.Equal(ChainErrorCodes.InvalidTransaction, error.Code);
        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
    }

    [Fact]
    public void IsValidAddress_FollowsEip55()
    {
        var adapter = Adapter(LegacyNode());

        Assert.True(adapter.IsValidAddress(Sender));
        Assert.True(adapter.IsValidAddress(Sender.ToLowerInvariant()));
        Assert.False(adapter.IsValidAddress(Sender.Replace('F', 'f')));
        Assert.Equal(ChainType.Ethereum, adapter.Chain);
    }

    private static byte[] Unsigned(string? to, byte[] data, BigInteger value) =>
        EvmTransactionEncoder.EncodeForSigning(new EvmTransaction
        {
            Type = EvmTransactionType.Eip1559,
            ChainId = 1,
            Nonce = 0,
            GasLimit = 100000,
            MaxFeePerGas = 1,
            To = to,
            Data = data,
            Value = value,
        });

    private static MethodRoutingHandler LegacyNode() => new MethodRoutingHandler()
        .Result("eth_chainId", "0xaa36a7")
        .Result("eth_getTransactionCount", "0x4")
        .Result("eth_estimateGas", "0x5208")
        .Result("eth_gasPrice", "0xb2d05e00")
        .Result("eth_getBalance", "0xde0b6b3a7640000")
        .Error("eth_feeHistory", -32601, "the method eth_feeHistory does not exist/is not available");

    private static EvmChainAdapter Adapter(MethodRoutingHandler node) =>
        new(new EvmRpcClient(TestHttp.Client(node), new EvmRpcOptions { RetryDelay = TimeSpan.FromMilliseconds(1) }));

    private static System.Text.Json.Nodes.JsonNode Json(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}

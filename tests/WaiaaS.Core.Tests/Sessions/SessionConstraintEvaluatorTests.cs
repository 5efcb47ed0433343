using System.Collections.Immutable;
using System.Numerics;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Sessions;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionConstraintEvaluatorTests
{
    private const string Usdc = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48";
    private const string Alice = "0x52908400098527886E0F7030069857D2E4169EE7";

    private static readonly TransactionIntent EvmTransfer = new()
    {
        WalletId = "w",
        Chain = ChainType.Ethereum,
        Network = "ethereum-sepolia",
        Type = TransactionType.Transfer,
        To = Alice,
        Amount = 1000,
    };

    private static readonly TransactionIntent SolanaTransfer = EvmTransfer with
    {
        Chain = ChainType.Solana,
        Network = "solana-devnet",
        To = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM",
    };

    [Fact]
    public void NoConstraints_AllowEverything()
    {
        Assert.Null(SessionConstraintEvaluator.Evaluate(EvmTransfer with { Amount = BigInteger.Pow(10, 40) }, new SessionConstraintSettings()));
    }

    [Fact]
    public void AllowedNetworks_RefuseOtherNetworks()
    {
        var constraints = new SessionConstraintSettings { AllowedNetworks = ["ethereum-sepolia", "base-sepolia"] };

        Assert.Null(SessionConstraintEvaluator.Evaluate(EvmTransfer, constraints));
        var violation = SessionConstraintEvaluator.Evaluate(EvmTransfer with { Network = "ethereum-mainnet" }, constraints)!;
        Assert.Equal("allowed_networks", violation.Rule);
        Assert.Equal("ethereum-sepolia, base-sepolia", violation.Limit);
        Assert.Equal("ethereum-mainnet", violation.Actual);
        Assert.Contains("ethereum-sepolia", violation.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedTypes_CompareWireNames()
    {
        var constraints = new SessionConstraintSettings { AllowedTypes = ["TRANSFER", "TOKEN_TRANSFER"] };

        Assert.Null(SessionConstraintEvaluator.Evaluate(EvmTransfer with { Type = TransactionType.TokenTransfer, Token = Usdc }, constraints));
        var violation = SessionConstraintEvaluator.Evaluate(EvmTransfer with { Type = TransactionType.Approve, Token = Usdc }, constraints)!;
        Assert.Equal(("allowed_types", "APPROVE"), (violation.Rule, violation.Actual));
    }

    [Fact]
    public void AllowedRecipients_AreCaseInsensitiveOnEvm_AndExactOnSolana()
    {
        var evm = new SessionConstraintSettings { AllowedRecipients = [Alice.ToLowerInvariant()] };
        Assert.Null(SessionConstraintEvaluator.Evaluate(EvmTransfer, evm));
        Assert.Equal("allowed_recipients", SessionConstraintEvaluator.Evaluate(EvmTransfer with { To = "0x0000000000000000000000000000000000000001" }, evm)!.Rule);

        var solana = new SessionConstraintSettings { AllowedRecipients = [SolanaTransfer.To] };
        Assert.Null(SessionConstraintEvaluator.Evaluate(SolanaTransfer, solana));
        Assert.Equal("allowed_recipients", SessionConstraintEvaluator.Evaluate(SolanaTransfer with { To = SolanaTransfer.To.ToLowerInvariant() }, solana)!.Rule);
    }

    [Fact]
    public void MaxAmountPerTx_IsPerAsset_NativeOrTokenAddress()
    {
        var constraints = new SessionConstraintSettings
        {
            MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add("native", "1000").Add(Usdc.ToLowerInvariant(), "5000000"),
        };

        Assert.Null(SessionConstraintEvaluator.Evaluate(EvmTransfer, constraints));
        var native = SessionConstraintEvaluator.Evaluate(EvmTransfer with { Amount = 1001 }, constraints)!;
        Assert.Equal(("max_amount_per_tx", "1000", "1001"), (native.Rule, native.Limit, native.Actual));
        var token = EvmTransfer with { Type = TransactionType.TokenTransfer, Token = Usdc, Amount = 5_000_000 };
        Assert.Null(SessionConstraintEvaluator.Evaluate(token, constraints));
        Assert.Equal("5000000", SessionConstraintEvaluator.Evaluate(token with { Amount = 5_000_001 }, constraints)!.Limit);
        var otherToken = token with { Token = "0x1111111111111111111111111111111111111111", Amount = BigInteger.Pow(10, 30) };
        Assert.Null(SessionConstraintEvaluator.Evaluate(otherToken, constraints));
        var call = EvmTransfer with { Type = TransactionType.ContractCall, Contract = Alice, Amount = 1001 };
        Assert.Equal("max_amount_per_tx", SessionConstraintEvaluator.Evaluate(call, constraints)!.Rule);
    }

    [Fact]
    public void MaxAmountPerTx_TokenKeysAreExactOnSolana()
    {
        const string mint = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v";
        var constraints = new SessionConstraintSettings { MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add(mint.ToLowerInvariant(), "1") };
        var transfer = SolanaTransfer with { Type = TransactionType.TokenTransfer, Token = mint, Amount = 2 };

        Assert.Null(SessionConstraintEvaluator.Evaluate(transfer, constraints));
        Assert.NotNull(SessionConstraintEvaluator.Evaluate(transfer, constraints with { MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add(mint, "1") }));
    }

    [Fact]
    public void RulesRunInOrder_NetworkBeforeTypeBeforeRecipientBeforeAmount()
    {
        var constraints = new SessionConstraintSettings
        {
            AllowedNetworks = ["base-sepolia"],
            AllowedTypes = ["TOKEN_TRANSFER"],
            AllowedRecipients = ["0x0000000000000000000000000000000000000001"],
            MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add("native", "1"),
        };

        Assert.Equal("allowed_networks", SessionConstraintEvaluator.Evaluate(EvmTransfer, constraints)!.Rule);
        Assert.Equal("allowed_types", SessionConstraintEvaluator.Evaluate(EvmTransfer with { Network = "base-sepolia" }, constraints)!.Rule);
        Assert.Equal("allowed_recipients", SessionConstraintEvaluator.Evaluate(EvmTransfer with { Network = "base-sepolia" }, constraints with { AllowedTypes = [] })!.Rule);
    }

    [Fact]
    public void ToFailure_Is403WithRuleLimitAndHint()
    {
        var violation = SessionConstraintEvaluator.Evaluate(EvmTransfer with { Network = "ethereum-mainnet" }, new SessionConstraintSettings { AllowedNetworks = ["ethereum-sepolia"] })!;

        var failure = violation.ToFailure();

        Assert.Equal(("SESSION_CONSTRAINT_VIOLATED", 403), (failure.Error.Code, failure.Error.HttpStatus));
        Assert.Equal(violation.Hint, failure.Error.Hint);
        Assert.Equal("allowed_networks", failure.Details!["rule"]!.GetValue<string>());
        Assert.Equal("ethereum-sepolia", failure.Details!["limit"]!.GetValue<string>());
    }
}

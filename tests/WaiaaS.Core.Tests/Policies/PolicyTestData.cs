using System.Numerics;
using System.Text.Json;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Tests.Policies;

internal static class PolicyTestData
{
    public const string Wallet = "wallet-1";
    public const string OtherWallet = "wallet-2";
    public const string Network = "ethereum-sepolia";
    public const string Recipient = "0x1111111111111111111111111111111111111111";
    public const string Stranger = "0x2222222222222222222222222222222222222222";
    public const string Usdc = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";
    public const string Router = "0x3333333333333333333333333333333333333333";

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero); // a Tuesday

    public static readonly PolicyDefaults Defaults = new(DelaySeconds: 300, ApprovalTimeoutSeconds: 3600, UnknownPriceTier: PolicyTier.Notify);

    public static TransactionIntent Transfer(BigInteger amount, decimal? usd = null, string to = Recipient) => new()
    {
        WalletId = Wallet,
        Chain = ChainType.Ethereum,
        Network = Network,
        Type = TransactionType.Transfer,
        To = to,
        Amount = amount,
        AmountUsd = usd,
        Symbol = "ETH",
    };

    public static TransactionIntent TokenTransfer(BigInteger amount, string token = Usdc, decimal? usd = null) =>
        Transfer(amount, usd) with { Type = TransactionType.TokenTransfer, Token = token, Symbol = "USDC" };

    public static TransactionIntent Call(string contract, string? selector, BigInteger? value = null) =>
        Transfer(value ?? BigInteger.Zero, 0m, contract) with { Type = TransactionType.ContractCall, Contract = contract, Selector = selector };

    public static TransactionIntent Approve(BigInteger amount, string spender = Router, bool unlimited = false) =>
        Transfer(amount, null, spender) with { Type = TransactionType.Approve, Token = Usdc, IsUnlimitedApproval = unlimited };

    public static PolicyRules Rules(PolicyType type, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = PolicyRulesParser.Parse(type, document.RootElement);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Value!;
    }

    public static PolicyCandidate Policy(string id, PolicyType type, string json, string? wallet = Wallet, string? network = null, int priority = 0, bool enabled = true) =>
        new(id, wallet, network, Rules(type, json), priority, enabled);

    public static PolicyDecision Evaluate(TransactionIntent intent, IEnumerable<PolicyCandidate> policies, IPolicyUsage? usage = null, bool owner = true, DateTimeOffset? now = null, TimeZoneInfo? zone = null, PolicyDefaults? defaults = null) =>
        PolicyEngine.Evaluate(new PolicyEvaluationInput
        {
            Intent = intent,
            Policies = [.. policies],
            Now = now ?? Now,
            TimeZone = zone ?? TimeZoneInfo.Utc,
            HasVerifiedOwner = owner,
            Defaults = defaults ?? Defaults,
            Usage = usage ?? new FakeUsage(),
        });
}

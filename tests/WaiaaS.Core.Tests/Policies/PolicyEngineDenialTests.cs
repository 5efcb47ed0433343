using System.Numerics;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using static WaiaaS.Core.Tests.Policies.PolicyTestData;

namespace WaiaaS.Core.Tests.Policies;

public class PolicyEngineDenialTests
{
    private static readonly BigInteger Unlimited = BigInteger.Pow(2, 256) - 1;

    [Fact]
    public void NoPolicy_IsInstantForEveryTypeButUnlimitedApprovals()
    {
        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(BigInteger.Pow(10, 30)), []).Tier);
        Assert.True(Evaluate(TokenTransfer(5), []).Allowed);
        Assert.True(Evaluate(Call(Router, "0x12345678"), []).Allowed);
        Assert.True(Evaluate(Approve(5), []).Allowed);

        var unlimited = Evaluate(Approve(Unlimited, unlimited: true), []);
        Assert.False(unlimited.Allowed);
        Assert.Null(unlimited.Denial!.PolicyId);
        Assert.Equal(PolicyType.ApproveAmountLimit, unlimited.Denial.PolicyType);
    }

    [Fact]
    public void AllowedNetworks_DeniesOtherNetworks()
    {
        var policy = Policy("p1", PolicyType.AllowedNetworks, """{"networks": ["base-sepolia"]}""");

        var decision = Evaluate(Transfer(1), [policy]);

        Assert.Equal("p1", decision.Denial!.PolicyId);
        Assert.Equal(PolicyType.AllowedNetworks, decision.Denial.PolicyType);
        Assert.Contains("ethereum-sepolia", decision.Denial.Reason, StringComparison.Ordinal);
        Assert.Contains("base-sepolia", decision.Denial.Hint, StringComparison.Ordinal);
        Assert.True(Evaluate(Transfer(1), [Policy("p1", PolicyType.AllowedNetworks, """{"networks": ["ethereum-sepolia"]}""")]).Allowed);
    }

    [Fact]
    public void Whitelist_AllowsListedRecipientsCaseInsensitivelyForEvm_AndDeniesOthers()
    {
        var policy = Policy("w", PolicyType.Whitelist, """{"allowed_addresses": ["0xAbCdEf0000000000000000000000000000000001"]}""");

        Assert.True(Evaluate(Transfer(1, to: "0xabcdef0000000000000000000000000000000001"), [policy]).Allowed);
        var denied = Evaluate(Transfer(1, to: Stranger), [policy]);
        Assert.Equal(PolicyType.Whitelist, denied.Denial!.PolicyType);
        Assert.Equal("w", denied.Denial.PolicyId);
    }

    [Fact]
    public void Tokens_AreDeniedByDefaultOnceAPolicyApplies_AndAllowedWhenListed()
    {
        var limit = Policy("s", PolicyType.SpendingLimit, """{"instant_max": {"native": "10"}}""");

        var byDefault = Evaluate(TokenTransfer(5), [limit]);
        Assert.Null(byDefault.Denial!.PolicyId);
        Assert.Equal(PolicyType.AllowedTokens, byDefault.Denial.PolicyType);
        Assert.Contains("ALLOWED_TOKENS", byDefault.Denial.Hint, StringComparison.Ordinal);

        var tokens = Policy("t", PolicyType.AllowedTokens, """{"tokens": ["0xA0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"]}""");
        Assert.True(Evaluate(TokenTransfer(5), [limit, tokens]).Allowed);
        Assert.Equal("t", Evaluate(TokenTransfer(5, token: Stranger), [limit, tokens]).Denial!.PolicyId);
    }

    [Fact]
    public void ContractCalls_NeedContractWhitelist_AndMethodWhitelistNarrowsListedContracts()
    {
        var contracts = Policy("c", PolicyType.ContractWhitelist, $$"""{"contracts": ["{{Router}}", "{{Stranger}}"]}""");
        var methods = Policy("m", PolicyType.MethodWhitelist, $$"""{"methods": [{"contract": "{{Router}}", "selectors": ["0xa9059cbb"]}]}""");
        var limit = Policy("s", PolicyType.SpendingLimit, """{"instant_max": {"native": "10"}}""");

        Assert.Equal(PolicyType.ContractWhitelist, Evaluate(Call(Router, "0xa9059cbb"), [limit]).Denial!.PolicyType);
        Assert.Equal("c", Evaluate(Call(Recipient, "0xa9059cbb"), [contracts]).Denial!.PolicyId);
        Assert.True(Evaluate(Call(Router, "0xA9059CBB"), [contracts, methods]).Allowed);
        var wrongMethod = Evaluate(Call(Router, "0x095ea7b3"), [contracts, methods]);
        Assert.Equal(PolicyType.MethodWhitelist, wrongMethod.Denial!.PolicyType);
        Assert.Contains("0xa9059cbb", wrongMethod.Denial.Hint, StringComparison.Ordinal);
        Assert.Equal("m", Evaluate(Call(Router, null), [contracts, methods]).Denial!.PolicyId);
        // A contract METHOD_WHITELIST does not list is left to CONTRACT_WHITELIST.
        Assert.True(Evaluate(Call(Stranger, "0x095ea7b3"), [contracts, methods]).Allowed);
    }

    [Fact]
    public void MethodWhitelist_EntryWithoutSelectors_AllowsAnyInstructionOfASolanaProgram()
    {
        const string program = "JUP6LkbZbjS1jKKwapdHNy74zcZ3tLUZoi5QNyVTaV4";
        var contracts = Policy("c", PolicyType.ContractWhitelist, $$"""{"contracts": ["{{program}}"]}""");
        var methods = Policy("m", PolicyType.MethodWhitelist, $$"""{"methods": [{"contract": "{{program}}"}]}""");

        Assert.True(Evaluate(Call(program, null), [contracts, methods]).Allowed);
        // Solana addresses are case-sensitive.
        Assert.Equal("c", Evaluate(Call(program.ToLowerInvariant(), null), [contracts, methods]).Denial!.PolicyId);
    }

    [Fact]
    public void Approvals_NeedApprovedSpenders_AndRespectTheAmountLimit()
    {
        var tokens = Policy("t", PolicyType.AllowedTokens, $$"""{"tokens": ["{{Usdc}}"]}""");
        var spenders = Policy("a", PolicyType.ApprovedSpenders, $$"""{"spenders": ["{{Router}}"]}""");
        var amount = Policy("l", PolicyType.ApproveAmountLimit, "{\"max_amount\": {\"" + Usdc + "\": \"1000\"}}");

        Assert.Equal(PolicyType.ApprovedSpenders, Evaluate(Approve(5), [tokens]).Denial!.PolicyType);
        Assert.Equal("a", Evaluate(Approve(5, Stranger), [tokens, spenders]).Denial!.PolicyId);
        Assert.True(Evaluate(Approve(1000), [tokens, spenders, amount]).Allowed);

        var tooMuch = Evaluate(Approve(1001), [tokens, spenders, amount]).Denial!;
        Assert.Equal("l", tooMuch.PolicyId);
        Assert.Equal("1000", tooMuch.Limit);

        var unlimited = Evaluate(Approve(Unlimited, unlimited: true), [tokens, spenders, amount]).Denial!;
        Assert.Equal("l", unlimited.PolicyId);
        Assert.Contains("Unlimited", unlimited.Reason, StringComparison.Ordinal);

        var allowUnlimited = Policy("u", PolicyType.ApproveAmountLimit, """{"block_unlimited": false}""");
        Assert.True(Evaluate(Approve(Unlimited, unlimited: true), [tokens, spenders, allowUnlimited]).Allowed);
    }

    [Fact]
    public void DenyRules_RunInTheDocumentedOrder_FirstDenyWins()
    {
        var networks = Policy("n", PolicyType.AllowedNetworks, """{"networks": ["base-sepolia"]}""");
        var whitelist = Policy("w", PolicyType.Whitelist, $$"""{"allowed_addresses": ["{{Recipient}}"]}""");
        var time = Policy("t", PolicyType.TimeRestriction, """{"allowed_days": ["SUN"]}""");
        var rate = Policy("r", PolicyType.RateLimit, """{"max_transactions": 1, "window_seconds": 60}""");
        var usage = new FakeUsage().Add(Now.AddSeconds(-10));

        Assert.Equal("n", Evaluate(Transfer(1, to: Stranger), [rate, time, whitelist, networks], usage).Denial!.PolicyId);
        Assert.Equal("w", Evaluate(Transfer(1, to: Stranger), [rate, time, whitelist], usage).Denial!.PolicyId);
        Assert.Equal("t", Evaluate(Transfer(1), [rate, time, whitelist], usage).Denial!.PolicyId);
        Assert.Equal("r", Evaluate(Transfer(1), [rate, whitelist], usage).Denial!.PolicyId);
        Assert.Equal(PolicyType.AllowedNetworks, PolicyEngine.DenyOrder[0]);
        Assert.Equal(PolicyType.RateLimit, PolicyEngine.DenyOrder[^1]);
    }

    [Fact]
    public void Denial_RendersAsPolicyDeniedWithDetails()
    {
        var rate = Policy("r", PolicyType.RateLimit, """{"max_transactions": 2, "window_seconds": 600}""");
        var usage = new FakeUsage().Add(Now.AddSeconds(-100)).Add(Now.AddSeconds(-50));

        var failure = Evaluate(Transfer(1), [rate], usage).Denial!.ToFailure();

        Assert.Equal("POLICY_DENIED", failure.Error.Code);
        Assert.Equal(403, failure.Error.HttpStatus);
        Assert.Equal("""{"policyId":"r","policyType":"RATE_LIMIT","reason":"At most 2 transactions per 600 seconds.","limit":"2","used":"2","remaining":"0","retryAfter":500,"hint":"Retry after retryAfter seconds."}""",
            failure.Details!.ToJsonString());
    }
}

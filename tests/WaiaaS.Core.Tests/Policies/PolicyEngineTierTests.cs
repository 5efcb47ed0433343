using System.Numerics;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using static WaiaaS.Core.Tests.Policies.PolicyTestData;

namespace WaiaaS.Core.Tests.Policies;

public class PolicyEngineTierTests
{
    private static readonly PolicyCandidate NativeLimits =
        Policy("s", PolicyType.SpendingLimit, """{"instant_max": {"native": "100"}, "notify_max": {"native": "200"}, "delay_max": {"native": "300"}, "delay_seconds": 42, "approval_timeout": 600}""");

    [Theory]
    [InlineData(0, PolicyTier.Instant)]
    [InlineData(100, PolicyTier.Instant)]
    [InlineData(101, PolicyTier.Notify)]
    [InlineData(200, PolicyTier.Notify)]
    [InlineData(201, PolicyTier.Delay)]
    [InlineData(300, PolicyTier.Delay)]
    [InlineData(301, PolicyTier.Approval)]
    public void AmountTier_FollowsThePerAssetThresholds(int amount, PolicyTier expected)
    {
        var decision = Evaluate(Transfer(amount, 0m), [NativeLimits]);

        Assert.Equal(expected, decision.Tier);
        Assert.Equal(42, decision.DelaySeconds);
        Assert.Equal(600, decision.ApprovalTimeoutSeconds);
        Assert.Equal(expected == PolicyTier.Instant ? null : "s", decision.TierPolicyId);
    }

    [Fact]
    public void AmountTier_OnlyAppliesToTheAssetItNames_AndMissingBandsAreSkipped()
    {
        var tokenOnly = Policy("s", PolicyType.SpendingLimit, $$$"""{"instant_max": {"{{{Usdc}}}": "10"}}""");
        var tokens = Policy("t", PolicyType.AllowedTokens, $$"""{"tokens": ["{{Usdc}}"]}""");

        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(1_000_000), [tokenOnly]).Tier);
        Assert.Equal(PolicyTier.Instant, Evaluate(TokenTransfer(10), [tokenOnly, tokens]).Tier);
        Assert.Equal(PolicyTier.Approval, Evaluate(TokenTransfer(11), [tokenOnly, tokens]).Tier);
        var delayOnly = Policy("d", PolicyType.SpendingLimit, """{"delay_max": {"native": "50"}}""");
        Assert.Equal(PolicyTier.Delay, Evaluate(Transfer(50), [delayOnly]).Tier);
        Assert.Equal(300, Evaluate(Transfer(50), [delayOnly]).DelaySeconds);
    }

    [Fact]
    public void Tier_IsTheMaximumOfAmountAndUsdTiers()
    {
        var both = Policy("s", PolicyType.SpendingLimit, """{"instant_max": {"native": "100"}, "notify_max": {"native": "1000"}, "instant_max_usd": 10, "notify_max_usd": 20, "delay_max_usd": 30}""");

        Assert.Equal(PolicyTier.Notify, Evaluate(Transfer(500, 5m), [both]).Tier);
        Assert.Equal(PolicyTier.Delay, Evaluate(Transfer(50, 25m), [both]).Tier);
        Assert.Equal(PolicyTier.Approval, Evaluate(Transfer(50, 30.01m), [both]).Tier);
        Assert.Equal(30.01m, Evaluate(Transfer(50, 30.01m), [both]).ReserveUsd);
    }

    [Fact]
    public void UnknownPrice_GetsAtLeastTheConfiguredTier_WhenAUsdRuleApplies()
    {
        var usd = Policy("s", PolicyType.SpendingLimit, """{"instant_max_usd": 10}""");
        var nativeOnly = Policy("n", PolicyType.SpendingLimit, """{"instant_max": {"native": "100"}}""");

        var notify = Evaluate(Transfer(5, usd: null), [usd]);
        Assert.Equal(PolicyTier.Notify, notify.Tier);
        Assert.Null(notify.ReserveUsd);
        Assert.Contains(notify.Warnings, w => w.Kind == PolicyWarningKind.UnknownPrice && w.PolicyId == "s");
        Assert.Equal(PolicyTier.Approval, Evaluate(Transfer(5), [usd], defaults: Defaults with { UnknownPriceTier = PolicyTier.Approval }).Tier);
        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(5), [nativeOnly]).Tier);
        // Zero moves nothing: its value is known.
        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(0), [usd]).Tier);
    }

    [Fact]
    public void DailyLimit_WarnsAt80Percent_AndNeedsApprovalWhenExceeded()
    {
        var daily = Policy("s", PolicyType.SpendingLimit, """{"daily_limit_usd": 100}""");
        var usage = new FakeUsage().Add(Now.AddHours(-23), 60m).Add(Now.AddHours(-25), 1000m);

        var below = Evaluate(Transfer(1, 19m), [daily], usage);
        Assert.Equal(PolicyTier.Instant, below.Tier);
        Assert.Empty(below.Warnings);

        var warned = Evaluate(Transfer(1, 20m), [daily], usage);
        Assert.Equal(PolicyTier.Instant, warned.Tier);
        var warning = Assert.Single(warned.Warnings);
        Assert.Equal(PolicyWarningKind.CumulativeLimitNearlyReached, warning.Kind);
        Assert.Equal(80m, warning.Used);
        Assert.Equal(100m, warning.Limit);

        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(1, 40m), [daily], usage).Tier);
        var exceeded = Evaluate(Transfer(1, 40.01m), [daily], usage);
        Assert.Equal(PolicyTier.Approval, exceeded.Tier);
        Assert.Contains(exceeded.Warnings, w => w.Kind == PolicyWarningKind.CumulativeLimitExceeded);
    }

    [Fact]
    public void MonthlyLimit_CountsThirtyDays()
    {
        var monthly = Policy("s", PolicyType.SpendingLimit, """{"monthly_limit_usd": 100}""");

        Assert.Equal(PolicyTier.Approval, Evaluate(Transfer(1, 1m), [monthly], new FakeUsage().Add(Now.AddDays(-29.9), 100m)).Tier);
        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(1, 1m), [monthly], new FakeUsage().Add(Now.AddDays(-30.1), 100m)).Tier);
    }

    [Fact]
    public void Approval_WithoutAVerifiedOwner_IsDowngradedToDelay()
    {
        var decision = Evaluate(Transfer(1000, 0m), [NativeLimits], owner: false);

        Assert.Equal(PolicyTier.Delay, decision.Tier);
        Assert.True(decision.Downgraded);
        Assert.Equal(42, decision.DelaySeconds);
        Assert.Contains(decision.Warnings, w => w.Kind == PolicyWarningKind.ApprovalDowngraded);
        Assert.False(Evaluate(Transfer(1000, 0m), [NativeLimits], owner: true).Downgraded);
    }

    [Fact]
    public void Approve_IsNotJudgedBySpendingTiers_AndReservesNothing()
    {
        var tokens = Policy("t", PolicyType.AllowedTokens, $$"""{"tokens": ["{{Usdc}}"]}""");
        var spenders = Policy("a", PolicyType.ApprovedSpenders, $$"""{"spenders": ["{{Router}}"]}""");
        var tiny = Policy("s", PolicyType.SpendingLimit, """{"instant_max_usd": 0, "daily_limit_usd": 0}""");
        var usage = new FakeUsage();

        var decision = Evaluate(Approve(BigInteger.Pow(10, 12)), [tokens, spenders, tiny], usage);

        Assert.Equal(PolicyTier.Instant, decision.Tier);
        Assert.Equal(0m, decision.ReserveUsd);
        Assert.Equal(0, usage.Reads);
    }

    [Fact]
    public void Ledger_IsNotRead_WhenNoRuleNeedsIt()
    {
        var usage = new FakeUsage();

        Evaluate(Transfer(1000, 5m), [NativeLimits, Policy("w", PolicyType.Whitelist, $$"""{"allowed_addresses": ["{{Recipient}}"]}""")], usage);

        Assert.Equal(0, usage.Reads);
    }
}

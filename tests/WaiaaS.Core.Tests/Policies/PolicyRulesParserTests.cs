using System.Numerics;
using System.Text.Json;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Policies.Rules;

namespace WaiaaS.Core.Tests.Policies;

public class PolicyRulesParserTests
{
    [Fact]
    public void SpendingLimit_ParsesEveryField()
    {
        var rules = (SpendingLimitRules)PolicyTestData.Rules(PolicyType.SpendingLimit, """
            {"instant_max": {"native": "1000", "0xA0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": "5"},
             "notify_max": {"native": "2000"}, "delay_max": {"native": "3000"},
             "instant_max_usd": 10, "notify_max_usd": "100.5", "delay_max_usd": 1000,
             "delay_seconds": 60, "daily_limit_usd": "500", "monthly_limit_usd": 5000, "approval_timeout": 7200}
            """);

        Assert.Equal(new BigInteger(1000), rules.InstantMax["native"]);
        Assert.Equal(new BigInteger(5), rules.InstantMax[PolicyTestData.Usdc]); // EVM keys match case-insensitively
        Assert.Equal(new BigInteger(3000), rules.DelayMax["native"]);
        Assert.Equal(100.5m, rules.NotifyMaxUsd);
        Assert.Equal(60, rules.DelaySeconds);
        Assert.Equal(500m, rules.DailyLimitUsd);
        Assert.Equal(5000m, rules.MonthlyLimitUsd);
        Assert.Equal(7200, rules.ApprovalTimeout);
    }

    [Theory]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"native": "1"}, "weekly_limit_usd": 5}""", "rules.weekly_limit_usd", "unknown field")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"native": 1000}}""", "rules.instant_max.native", "JSON numbers are rejected")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"native": "-5"}}""", "rules.instant_max.native", "digits only")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"native": "1.5"}}""", "rules.instant_max.native", "digits only")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"USDC": "1"}}""", "rules.instant_max.USDC", "token address")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": "1000"}""", "rules.instant_max", "object of base-unit amounts")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max_usd": true}""", "rules.instant_max_usd", "USD value")]
    [InlineData(PolicyType.SpendingLimit, """{"daily_limit_usd": -1}""", "rules.daily_limit_usd", "non-negative")]
    [InlineData(PolicyType.SpendingLimit, """{"delay_seconds": "60"}""", "rules.delay_seconds", "whole number")]
    [InlineData(PolicyType.SpendingLimit, """{"delay_seconds": 1.5}""", "rules.delay_seconds", "whole number")]
    [InlineData(PolicyType.SpendingLimit, """{"approval_timeout": 5}""", "rules.approval_timeout", "between 60")]
    [InlineData(PolicyType.SpendingLimit, """{}""", "rules", "at least one limit")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max": {"native": "10"}, "notify_max": {"native": "5"}}""", "rules", "must not decrease")]
    [InlineData(PolicyType.SpendingLimit, """{"instant_max_usd": 10, "delay_max_usd": 5}""", "rules", "must not decrease")]
    [InlineData(PolicyType.SpendingLimit, """{"daily_limit_usd": 1, "daily_limit_usd": 2}""", "rules.daily_limit_usd", "more than once")]
    [InlineData(PolicyType.SpendingLimit, """[]""", "rules", "JSON object")]
    [InlineData(PolicyType.Whitelist, """{}""", "rules.allowed_addresses", "is required")]
    [InlineData(PolicyType.Whitelist, """{"allowed_addresses": []}""", "rules.allowed_addresses", "must not be empty")]
    [InlineData(PolicyType.Whitelist, """{"allowed_addresses": ["0x1111111111111111111111111111111111111111", 5]}""", "rules.allowed_addresses[1]", "must be a string")]
    [InlineData(PolicyType.Whitelist, """{"allowed_addresses": ["bob"]}""", "rules.allowed_addresses[0]", "must be an address")]
    [InlineData(PolicyType.Whitelist, """{"allowed_addresses": "0x1111111111111111111111111111111111111111"}""", "rules.allowed_addresses", "array of strings")]
    [InlineData(PolicyType.AllowedTokens, """{"tokens": ["0x12"]}""", "rules.tokens[0]", "must be an address")]
    [InlineData(PolicyType.ContractWhitelist, """{"contract": ["0x1111111111111111111111111111111111111111"]}""", "rules.contract", "unknown field")]
    [InlineData(PolicyType.MethodWhitelist, """{"methods": [{"contract": "0x1111111111111111111111111111111111111111", "selectors": ["0xa9059cb"]}]}""", "rules.methods[0].selectors[0]", "4-byte selector")]
    [InlineData(PolicyType.MethodWhitelist, """{"methods": [{"selectors": ["0xa9059cbb"]}]}""", "rules.methods[0].contract", "is required")]
    [InlineData(PolicyType.MethodWhitelist, """{"methods": [{"contract": "0x1111111111111111111111111111111111111111", "abi": 1}]}""", "rules.methods[0].abi", "unknown field")]
    [InlineData(PolicyType.ApprovedSpenders, """{"spenders": [1]}""", "rules.spenders[0]", "must be a string")]
    [InlineData(PolicyType.ApproveAmountLimit, """{"max_amount": {"native": "1"}}""", "rules.max_amount.native", "token address")]
    [InlineData(PolicyType.ApproveAmountLimit, """{"block_unlimited": "no"}""", "rules.block_unlimited", "true or false")]
    [InlineData(PolicyType.AllowedNetworks, """{"networks": ["Ethereum Mainnet"]}""", "rules.networks[0]", "network id")]
    [InlineData(PolicyType.TimeRestriction, """{}""", "rules", "allowed_hours, allowed_days")]
    [InlineData(PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 9, "end": 25}]}""", "rules.allowed_hours[0].end", "between 1 and 24")]
    [InlineData(PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 9}]}""", "rules.allowed_hours[0].end", "is required")]
    [InlineData(PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 9, "end": 9}]}""", "rules.allowed_hours[0]", "must differ")]
    [InlineData(PolicyType.TimeRestriction, """{"allowed_days": ["monday"]}""", "rules.allowed_days[0]", "one of SUN")]
    [InlineData(PolicyType.RateLimit, """{"max_transactions": 5}""", "rules.window_seconds", "is required")]
    [InlineData(PolicyType.RateLimit, """{"max_transactions": 0, "window_seconds": 60}""", "rules.max_transactions", "between 1")]
    public void Invalid_IsRejectedWithTheFieldPath(PolicyType type, string json, string field, string reason)
    {
        using var document = JsonDocument.Parse(json);

        var result = PolicyRulesParser.Parse(type, document.RootElement);

        Assert.False(result.Succeeded);
        Assert.Equal("VALIDATION_FAILED", result.Failure.Error.Code);
        Assert.Equal(field, result.Failure.Details!["field"]!.GetValue<string>());
        Assert.StartsWith(field + ":", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryType_AcceptsItsDocumentedExample()
    {
        var examples = new Dictionary<PolicyType, string>
        {
            [PolicyType.SpendingLimit] = """{"instant_max": {"native": "100000000000000000"}, "delay_max_usd": 1000, "daily_limit_usd": "2500"}""",
            [PolicyType.Whitelist] = """{"allowed_addresses": ["0x1111111111111111111111111111111111111111", "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin"]}""",
            [PolicyType.AllowedTokens] = """{"tokens": ["0xA0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"]}""",
            [PolicyType.ContractWhitelist] = """{"contracts": ["0x3333333333333333333333333333333333333333"]}""",
            [PolicyType.MethodWhitelist] = """{"methods": [{"contract": "0x3333333333333333333333333333333333333333", "selectors": ["0xA9059CBB"]}, {"contract": "JUP6LkbZbjS1jKKwapdHNy74zcZ3tLUZoi5QNyVTaV4"}]}""",
            [PolicyType.ApprovedSpenders] = """{"spenders": ["0x3333333333333333333333333333333333333333"]}""",
            [PolicyType.ApproveAmountLimit] = """{"max_amount": {"0xA0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": "1000000000"}, "block_unlimited": true}""",
            [PolicyType.AllowedNetworks] = """{"networks": ["ethereum-sepolia", "base-sepolia"]}""",
            [PolicyType.TimeRestriction] = """{"allowed_hours": [{"start": 9, "end": 18}, {"start": 22, "end": 2}], "allowed_days": ["MON", "TUE", "WED", "THU", "FRI"]}""",
            [PolicyType.RateLimit] = """{"max_transactions": 10, "window_seconds": 3600}""",
        };

        foreach (var (type, json) in examples)
        {
            Assert.Equal(type, PolicyTestData.Rules(type, json).Type);
        }

        var methods = (MethodWhitelistRules)PolicyTestData.Rules(PolicyType.MethodWhitelist, examples[PolicyType.MethodWhitelist]);
        Assert.Equal(["0xa9059cbb"], methods.Methods[0].Selectors!.Value.ToArray());
        Assert.Null(methods.Methods[1].Selectors);
        Assert.True(((ApproveAmountLimitRules)PolicyTestData.Rules(PolicyType.ApproveAmountLimit, "{}")).BlockUnlimited);
        var time = (TimeRestrictionRules)PolicyTestData.Rules(PolicyType.TimeRestriction, examples[PolicyType.TimeRestriction]);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], time.AllowedDays!.Value.ToArray());
    }

    [Fact]
    public void StoredText_ThatIsNotJson_IsAValidationFailure()
    {
        var result = PolicyRulesParser.Parse(PolicyType.RateLimit, "{not json");

        Assert.False(result.Succeeded);
        Assert.Equal("rules", result.Failure.Details!["field"]!.GetValue<string>());
    }
}

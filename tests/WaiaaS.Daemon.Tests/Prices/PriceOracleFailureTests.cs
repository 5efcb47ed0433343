namespace WaiaaS.Daemon.Tests.Prices;

public sealed class PriceOracleFailureTests
{
    [Fact]
    public async Task Get_WhenSourceDoesNotAnswerInTime_FallsBackAndLogsTimeout()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth", "coingecko"], RequestTimeoutMs = 200 });
        harness.PythSol("15025000000");
        harness.Server.Pyth.Hold();
        harness.CoinGeckoSol(150.5m);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal((150.5m, "coingecko"), (quote!.UsdPrice, quote.Source));
        Assert.Contains("Price source pyth has no price for SOL: no answer within request_timeout_ms = 200", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenOnlySourceTimesOut_IsUnknown()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko"], RequestTimeoutMs = 150 });
        harness.Server.CoinGecko.Hold();

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("no answer within request_timeout_ms = 150", harness.Logs.AllText);
    }

    [Theory]
    [InlineData("not json at all", "the response is not JSON")]
    [InlineData("{\"binary\":{}}", "malformed response: no \"parsed\" array")]
    [InlineData("{\"parsed\":[{\"id\":\"ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d\",\"price\":{\"price\":15025000000,\"expo\":-8,\"publish_time\":1}}]}", "malformed response: price needs")]
    [InlineData("{\"parsed\":[{\"id\":\"ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d\",\"price\":{\"price\":\"15025000000\",\"expo\":\"-8\",\"publish_time\":1}}]}", "malformed response: price needs")]
    [InlineData("{\"parsed\":[{\"id\":\"ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d\",\"price\":{\"price\":\"1\",\"expo\":99,\"publish_time\":1}}]}", "malformed response: exponent or publish_time out of range")]
    [InlineData("{\"parsed\":[{\"id\":\"ff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace\",\"price\":{\"price\":\"1\",\"expo\":-8,\"publish_time\":1}}]}", "the response has no entry for the feed id")]
    public async Task Get_WhenHermesBodyIsMalformed_IsUnknownWithReason(string body, string reason)
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"] });
        harness.Server.Pyth.RawBody = body;

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source pyth has no price for SOL: " + reason, harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenAnswerIsLargerThanOneMebibyte_IsRefused()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko"] });
        harness.Server.CoinGecko.RawBody = "{\"solana\":{\"usd\":150},\"padding\":\"" + new string('x', 1 << 20) + "\"}";

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source coingecko has no price for SOL: request failed:", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenServerIsDown_IsUnknownWithRequestFailure()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"], PythUrl = "http://127.0.0.1:1" });

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source pyth has no price for SOL: request failed:", harness.Logs.AllText);
    }

    [Fact]
    public async Task Logs_NeverContainApiKeys_WhateverTheOutcome()
    {
        const string pythKey = "PYTHSECRET-0123456789abcdef";
        const string geckoKey = "CG-GECKOSECRET-0123456789";
        await using var harness = await OracleHarness.StartAsync(s => s with
        {
            Sources = ["pyth", "coingecko"],
            PythApiKey = pythKey,
            CoingeckoApiKey = geckoKey,
            CacheTtlSeconds = 1,
        });
        var sol = OracleHarness.Sol;

        harness.Server.Pyth.Status = 401;
        harness.Server.CoinGecko.RawBody = "{\"solana\":{\"usd\":\"oops\"}}";
        await harness.Oracle.GetUsdPriceAsync(sol);
        harness.Server.Pyth.Status = null;
        harness.Server.CoinGecko.RawBody = null;
        harness.PythSol("15025000000");
        var quote = await harness.Oracle.GetUsdPriceAsync(sol);

        Assert.Equal(150.25m, quote?.UsdPrice);
        Assert.Contains(harness.Server.Requests, r => r.Headers.TryGetValue("Authorization", out var v) && v == "Bearer " + pythKey);
        Assert.Contains(harness.Server.Requests, r => r.Headers.TryGetValue("x-cg-demo-api-key", out var v) && v == geckoKey);
        // The HTTP client's own handlers logged these requests (with headers at Trace), so the check below has teeth.
        Assert.Contains(harness.Logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.waiaas.prices", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_UnknownSourceName_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["chainlink"] });
        });

        Assert.Contains("\"chainlink\"", error.Message);
    }
}

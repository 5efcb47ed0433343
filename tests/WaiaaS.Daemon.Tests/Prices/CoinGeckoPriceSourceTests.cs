using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Prices;

namespace WaiaaS.Daemon.Tests.Prices;

public sealed class CoinGeckoPriceSourceTests
{
    private static readonly Func<OracleSettings, OracleSettings> CoinGeckoOnly = s => s with { Sources = ["coingecko"] };

    [Fact]
    public async Task Get_WhenCoinGeckoAnswers_ReturnsExactDecimalPrice()
    {
        await using var harness = await OracleHarness.StartAsync(CoinGeckoOnly);
        harness.CoinGeckoSol(150.123456789012345678m, ageSeconds: 20);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.NotNull(quote);
        Assert.Equal(150.123456789012345678m, quote.UsdPrice);
        Assert.Equal("coingecko", quote.Source);
        Assert.Equal(harness.Now - 20, quote.ObservedAt.ToUnixTimeSeconds());
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/api/v3/simple/price", request.Path);
        Assert.Equal("?ids=solana&vs_currencies=usd&include_last_updated_at=true", request.Query);
        Assert.False(request.Headers.ContainsKey(CoinGeckoPriceSource.DemoKeyHeader));
    }

    [Fact]
    public async Task Get_WhenApiKeyIsSetOnPublicRoot_SendsDemoHeader()
    {
        await using var harness = await OracleHarness.StartAsync(s => CoinGeckoOnly(s) with { CoingeckoApiKey = "CG-demo-key" });
        harness.CoinGeckoSol(151m);

        Assert.Equal(151m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("CG-demo-key", request.Headers[CoinGeckoPriceSource.DemoKeyHeader]);
        Assert.False(request.Headers.ContainsKey(CoinGeckoPriceSource.ProKeyHeader));
    }

    [Theory]
    [InlineData("https://pro-api.coingecko.com/api/v3/simple/price", "x-cg-pro-api-key")]
    [InlineData("https://PRO-API.coingecko.com/api/v3/simple/price", "x-cg-pro-api-key")]
    [InlineData("https://api.coingecko.com/api/v3/simple/price", "x-cg-demo-api-key")]
    [InlineData("http://127.0.0.1:9/api/v3/simple/price", "x-cg-demo-api-key")]
    public void KeyHeaderFor_PicksProHeaderOnlyForTheProHost(string url, string header)
    {
        Assert.Equal(header, CoinGeckoPriceSource.KeyHeaderFor(new Uri(url)));
    }

    [Fact]
    public async Task Get_WhenLastUpdatedAtIsOlderThanMaxPriceAge_IsUnknown()
    {
        await using var harness = await OracleHarness.StartAsync(s => CoinGeckoOnly(s) with { MaxPriceAgeSeconds = 120 });
        harness.CoinGeckoSol(150m, ageSeconds: 121);

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source coingecko: the SOL price is stale", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenCoinGeckoDoesNotKnowTheId_IsUnknown()
    {
        await using var harness = await OracleHarness.StartAsync(CoinGeckoOnly);

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("has no price for SOL: the response has no entry for the coin id", harness.Logs.AllText);
    }

    [Theory]
    [InlineData("{\"solana\":{\"usd\":0,\"last_updated_at\":1}}", "the price is not above zero")]
    [InlineData("{\"solana\":{\"usd\":-2.5}}", "the price is not above zero")]
    [InlineData("{\"solana\":{\"usd\":\"150\"}}", "malformed response: no numeric \"usd\" price")]
    [InlineData("[1,2]", "malformed response: not a JSON object")]
    [InlineData("{\"solana\":{\"usd\":150,\"last_updated_at\":\"yesterday\"}}", "malformed response: \"last_updated_at\" is not a Unix time")]
    [InlineData("<html>rate limited</html>", "the response is not JSON")]
    public async Task Get_WhenBodyIsMalformedOrNotPositive_IsUnknownWithReason(string body, string reason)
    {
        await using var harness = await OracleHarness.StartAsync(s => CoinGeckoOnly(s) with { MaxPriceAgeSeconds = 86_400 });
        harness.Server.CoinGecko.RawBody = body;

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source coingecko has no price for SOL: " + reason, harness.Logs.AllText);
    }
}

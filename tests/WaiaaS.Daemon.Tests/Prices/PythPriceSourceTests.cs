using System.Collections.Immutable;

namespace WaiaaS.Daemon.Tests.Prices;

public sealed class PythPriceSourceTests
{
    private static readonly Func<WaiaaS.Core.Configuration.OracleSettings, WaiaaS.Core.Configuration.OracleSettings> PythOnly =
        s => s with { Sources = ["pyth"] };

    [Fact]
    public async Task Get_WhenHermesAnswers_ReturnsPriceTimesTenToExpo_WithPublishTime()
    {
        await using var harness = await OracleHarness.StartAsync(PythOnly);
        harness.PythSol("15025000000", expo: -8, ageSeconds: 12);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.NotNull(quote);
        Assert.Equal(150.25m, quote.UsdPrice);
        Assert.Equal("pyth", quote.Source);
        Assert.Equal(harness.Now - 12, quote.ObservedAt.ToUnixTimeSeconds());
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/v2/updates/price/latest", request.Path);
        Assert.Contains("ids%5B%5D=0x" + OracleHarness.SolPythId, request.Query);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Get_WhenPythApiKeyIsSet_SendsItAsBearerToken()
    {
        await using var harness = await OracleHarness.StartAsync(s => PythOnly(s) with { PythApiKey = "pyth-test-key" });
        harness.PythSol("300000000000", expo: -8);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal(3000m, quote?.UsdPrice);
        Assert.Equal("Bearer pyth-test-key", Assert.Single(harness.Server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Get_WhenPublishTimeIsOlderThanMaxPriceAge_IsUnknownAndLogged()
    {
        await using var harness = await OracleHarness.StartAsync(s => PythOnly(s) with { MaxPriceAgeSeconds = 60 });
        harness.PythSol("15025000000", ageSeconds: 61);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Null(quote);
        Assert.Contains("the SOL price is stale (61 s old, max_price_age = 60 s)", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenPublishTimeIsExactlyMaxPriceAge_IsStillFresh()
    {
        await using var harness = await OracleHarness.StartAsync(s => PythOnly(s) with { MaxPriceAgeSeconds = 60 });
        harness.PythSol("15025000000", ageSeconds: 60);

        Assert.Equal(150.25m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-15025000000")]
    public async Task Get_WhenPriceIsNotPositive_IsUnknown(string price)
    {
        await using var harness = await OracleHarness.StartAsync(PythOnly);
        harness.PythSol(price);

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("has no price for SOL: the price is not above zero", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenSymbolHasNoFeedId_AsksNothing()
    {
        await using var harness = await OracleHarness.StartAsync(s => PythOnly(s) with { PythFeedIds = ImmutableDictionary<string, string>.Empty });
        harness.PythSol("15025000000");

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Get_WhenFeedIdIsConfiguredWithoutPrefix_MatchesHermesAnswer()
    {
        await using var harness = await OracleHarness.StartAsync(s => PythOnly(s) with
        {
            PythFeedIds = ImmutableDictionary<string, string>.Empty.Add("SOL", OracleHarness.SolPythId.ToUpperInvariant()),
        });
        harness.PythSol("15025000000");

        Assert.Equal(150.25m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);
    }

    [Fact]
    public async Task Get_WhenHermesDoesNotKnowTheFeed_IsUnknownWith404Logged()
    {
        await using var harness = await OracleHarness.StartAsync(PythOnly);

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("Price source pyth has no price for SOL: HTTP 404", harness.Logs.AllText);
    }
}

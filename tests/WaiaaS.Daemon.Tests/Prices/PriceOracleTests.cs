using System.Collections.Immutable;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Tests.Prices;

public sealed class PriceOracleTests
{
    private static readonly ImmutableDictionary<string, double> StaticPrices =
        ImmutableDictionary<string, double>.Empty.Add("SOL", 140.5).Add("USDC", 1.0);

    [Fact]
    public async Task Get_FromStaticSource_ReturnsConfiguredPriceWithoutAnyRequest()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["static"], StaticPrices = StaticPrices });

        var sol = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);
        var usdc = await harness.Oracle.GetUsdPriceAsync(new PriceAsset(ChainType.Ethereum, "ethereum-mainnet", "USDC", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"));
        var eth = await harness.Oracle.GetUsdPriceAsync(PriceAsset.Native(ChainType.Ethereum, "ethereum-mainnet"));

        Assert.Equal((140.5m, "static"), (sol!.UsdPrice, sol.Source));
        Assert.Equal(1.0m, usdc!.UsdPrice);
        Assert.Equal(harness.Time.GetUtcNow(), usdc.ObservedAt);
        Assert.Null(eth);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Get_WhenFirstSourceFails_FallsBackInConfiguredOrder()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth", "coingecko", "static"], StaticPrices = StaticPrices });
        harness.Server.Pyth.Status = 503;
        harness.CoinGeckoSol(149m);

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal((149m, "coingecko"), (quote!.UsdPrice, quote.Source));
        Assert.Equal(["/v2/updates/price/latest", "/api/v3/simple/price"], harness.Server.Requests.Select(r => r.Path));
        Assert.Contains("Price source pyth has no price for SOL: HTTP 503", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenRemoteSourcesFail_UsesStaticLast()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth", "coingecko", "static"], StaticPrices = StaticPrices });
        harness.Server.Pyth.Status = 500;
        harness.Server.CoinGecko.Status = 429;

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal((140.5m, "static"), (quote!.UsdPrice, quote.Source));
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Get_WhenOrderIsCoinGeckoFirst_DoesNotAskPyth()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko", "pyth"] });
        harness.CoinGeckoSol(151m);
        harness.PythSol("15025000000");

        var quote = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal("coingecko", quote!.Source);
        Assert.Equal(0, harness.Server.CountOf("/v2/updates/price/latest"));
    }

    [Fact]
    public async Task Get_WhenEverySourceFails_IsUnknownAndSaysSo()
    {
        await using var harness = await OracleHarness.StartAsync();
        harness.Server.Pyth.Status = 500;
        harness.Server.CoinGecko.Status = 500;

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        Assert.Contains("No fresh USD price for SOL from any source (pyth, coingecko): the price is unknown", harness.Logs.AllText);
    }

    [Fact]
    public async Task Get_WhenOracleIsDisabled_MakesNoRequestAndEveryPriceIsUnknown()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with
        {
            Enabled = false,
            Sources = ["pyth", "coingecko", "static"],
            StaticPrices = StaticPrices,
        });
        harness.PythSol("15025000000");
        harness.CoinGeckoSol(150m);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol).AsTask()));

        Assert.All(answers, Assert.Null);
        Assert.Empty(harness.Server.Requests);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WhenTokenHasNoKnownSymbol_IsUnknownWithoutRequest()
    {
        await using var harness = await OracleHarness.StartAsync();

        var quote = await harness.Oracle.GetUsdPriceAsync(new PriceAsset(ChainType.Solana, "solana-mainnet", null, "So11111111111111111111111111111111111111112"));
        var custom = await harness.Oracle.GetUsdPriceAsync(PriceAsset.Native(ChainType.Ethereum, "anvil-local"));

        Assert.Null(quote);
        Assert.Null(custom);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Get_UsdcOnAnyNetwork_UsesTheSymbolsFeed()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko"] });
        harness.Server.CoinGeckoPrices["usd-coin"] = new CoinGeckoPrice(0.9999m, harness.Now);

        var quote = await harness.Oracle.GetUsdPriceAsync(new PriceAsset(ChainType.Solana, "solana-devnet", "USDC", "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU"));

        Assert.Equal(0.9999m, quote!.UsdPrice);
        Assert.Equal(5000.2499999925m, quote.ValueOf(5_000_750_075, 6));
    }
}

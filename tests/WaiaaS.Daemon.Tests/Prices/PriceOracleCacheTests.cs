namespace WaiaaS.Daemon.Tests.Prices;

public sealed class PriceOracleCacheTests
{
    [Fact]
    public async Task Get_WithinCacheTtl_ReusesPrice_AfterTtl_AsksAgain()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"], CacheTtlSeconds = 60 });
        harness.PythSol("15000000000");

        var first = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);
        harness.Time.Advance(TimeSpan.FromSeconds(59));
        harness.PythSol("16000000000");
        var cached = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal(150m, first!.UsdPrice);
        Assert.Equal(150m, cached!.UsdPrice);
        Assert.Single(harness.Server.Requests);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal(160m, refreshed!.UsdPrice);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Get_WhenCachedPriceOutlivesMaxPriceAge_AsksAgainBeforeTtl()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"], CacheTtlSeconds = 600, MaxPriceAgeSeconds = 100 });
        harness.PythSol("15000000000", ageSeconds: 90);

        Assert.Equal(150m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);
        harness.Time.Advance(TimeSpan.FromSeconds(11));
        harness.PythSol("15500000000");

        Assert.Equal(155m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Get_WhenPriceWasUnknown_DoesNotCacheTheFailure()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko"] });
        harness.Server.CoinGecko.Status = 503;

        Assert.Null(await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol));
        harness.Server.CoinGecko.Status = null;
        harness.CoinGeckoSol(152m);

        Assert.Equal(152m, (await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol))?.UsdPrice);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Get_CacheIsPerSymbol()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["coingecko"] });
        harness.CoinGeckoSol(150m);
        harness.Server.CoinGeckoPrices["ethereum"] = new CoinGeckoPrice(3000m, harness.Now);

        await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);
        var eth = await harness.Oracle.GetUsdPriceAsync(WaiaaS.Core.Prices.PriceAsset.Native(WaiaaS.Core.Chains.ChainType.Ethereum, "base-mainnet"));
        await harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal(3000m, eth!.UsdPrice);
        Assert.Equal(["?ids=solana&vs_currencies=usd&include_last_updated_at=true", "?ids=ethereum&vs_currencies=usd&include_last_updated_at=true"],
            harness.Server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Get_ConcurrentCallsForOneAsset_ShareOneRequest()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"] });
        harness.PythSol("15025000000");
        harness.Server.Pyth.Hold();

        var calls = Enumerable.Range(0, 25).Select(_ => harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol).AsTask()).ToList();
        await WaitUntilAsync(() => !harness.Server.Requests.IsEmpty);
        harness.Server.Pyth.Release();
        var quotes = await Task.WhenAll(calls);

        Assert.All(quotes, q => Assert.Equal(150.25m, q?.UsdPrice));
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Get_WhenOneWaiterCancels_OthersStillGetTheSharedAnswer()
    {
        await using var harness = await OracleHarness.StartAsync(s => s with { Sources = ["pyth"] });
        harness.PythSol("15025000000");
        harness.Server.Pyth.Hold();
        using var impatient = new CancellationTokenSource();

        var cancelled = harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol, impatient.Token).AsTask();
        var patient = harness.Oracle.GetUsdPriceAsync(OracleHarness.Sol).AsTask();
        await WaitUntilAsync(() => !harness.Server.Requests.IsEmpty);
        await impatient.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        harness.Server.Pyth.Release();
        Assert.Equal(150.25m, (await patient)?.UsdPrice);
        Assert.Single(harness.Server.Requests);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Polling with a deadline: the server records a request before it waits on the held gate.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}

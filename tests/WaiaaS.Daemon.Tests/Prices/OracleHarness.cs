using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;
using WaiaaS.Daemon.Prices;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Prices;

/// <summary>The oracle as the daemon registers it (AddPriceOracle), against a local <see cref="PriceServer"/>.</summary>
public sealed class OracleHarness : IAsyncDisposable
{
    public const string SolPythId = "ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d";

    private readonly ServiceProvider _services;

    private OracleHarness(PriceServer server, ServiceProvider services, FakeTimeProvider time, CapturedLogs logs)
    {
        Server = server;
        _services = services;
        Time = time;
        Logs = logs;
        Oracle = services.GetRequiredService<IPriceOracle>();
    }

    public PriceServer Server { get; }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public IPriceOracle Oracle { get; }

    public static PriceAsset Sol { get; } = PriceAsset.Native(Core.Chains.ChainType.Solana, "solana-mainnet");

    public long Now => Time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Starts a server and an oracle whose URLs point at it; <paramref name="configure"/> adjusts the rest.</summary>
    public static async Task<OracleHarness> StartAsync(Func<OracleSettings, OracleSettings>? configure = null)
    {
        var server = await PriceServer.StartAsync();
        var settings = new OracleSettings { PythUrl = server.PythUrl, CoingeckoUrl = server.CoinGeckoUrl };
        settings = configure?.Invoke(settings) ?? settings;
        var time = new FakeTimeProvider();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddPriceOracle(settings)
            .BuildServiceProvider();
        return new OracleHarness(server, services, time, logs);
    }

    /// <summary>Pyth answers <paramref name="price"/> for SOL, published <paramref name="ageSeconds"/> ago.</summary>
    public void PythSol(string price, int expo = -8, long ageSeconds = 0) =>
        Server.PythPrices[SolPythId] = new HermesPrice(price, expo, Now - ageSeconds);

    /// <summary>CoinGecko answers <paramref name="usd"/> for SOL, updated <paramref name="ageSeconds"/> ago.</summary>
    public void CoinGeckoSol(decimal usd, long ageSeconds = 0) =>
        Server.CoinGeckoPrices["solana"] = new CoinGeckoPrice(usd, Now - ageSeconds);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

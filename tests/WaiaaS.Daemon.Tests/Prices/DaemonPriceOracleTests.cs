using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Prices;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Prices;

public sealed class DaemonPriceOracleTests
{
    [Fact]
    public async Task Daemon_RegistersOracle_WithItsConfigAndClock()
    {
        await using var server = await PriceServer.StartAsync();
        var config = DaemonTestHost.TestConfig();
        config = config with { Oracle = config.Oracle with { Enabled = true, Sources = ["pyth"], PythUrl = server.PythUrl } };
        await using var host = await DaemonTestHost.StartAsync(config);
        server.PythPrices[OracleHarness.SolPythId] = new HermesPrice("14000000000", -8, host.Time.GetUtcNow().ToUnixTimeSeconds() - 5);

        var oracle = host.Daemon.App.Services.GetRequiredService<IPriceOracle>();
        var quote = await oracle.GetUsdPriceAsync(OracleHarness.Sol);

        Assert.Equal((140m, "pyth"), (quote!.UsdPrice, quote.Source));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task TestHostDefault_HasPricesOff_SoNoTestReachesPublicHosts()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var oracle = host.Daemon.App.Services.GetRequiredService<IPriceOracle>();

        Assert.False(host.Config.Oracle.Enabled);
        Assert.Null(await oracle.GetUsdPriceAsync(OracleHarness.Sol));
    }
}

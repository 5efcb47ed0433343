using System.Collections.Immutable;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Sdk.Tests.Hosting;

/// <summary>A real Anvil node on 127.0.0.1 shared by a test class; daemons reach it as the custom network <c>anvil</c>.</summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    public const string Network = "anvil";

    internal AnvilNode Anvil { get; private set; } = null!;

    public async Task InitializeAsync() => Anvil = await AnvilNode.StartAsync();

    public async Task DisposeAsync() => await Anvil.DisposeAsync();

    public WaiaasConfig Config()
    {
        var config = DaemonTestHost.TestConfig(s => s with { RateLimitSessionRpm = 0, RateLimitTxRpm = 0 });
        return config with
        {
            Rpc = config.Rpc with
            {
                Custom = ImmutableDictionary<string, CustomNetworkSettings>.Empty
                    .Add(Network, new CustomNetworkSettings(Network, ChainType.Ethereum, AnvilNode.ChainId, Anvil.Url.ToString(), NetworkEnvironment.Testnet)),
            },
        };
    }
}

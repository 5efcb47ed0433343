using System.Collections.Immutable;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>
/// A real Anvil node and the LiteSVM JSON-RPC server, both on 127.0.0.1, shared by the pipeline tests. The daemon
/// reaches them as the operator-defined networks <c>anvil</c> and <c>litesvm</c> (testnet environment).
/// </summary>
public sealed class ChainPeersFixture : IAsyncLifetime
{
    public const string EvmNetwork = "anvil";
    public const string SolanaNetwork = "litesvm";

    internal AnvilNode Anvil { get; private set; } = null!;

    internal LiteSvmNode Solana { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var anvil = AnvilNode.StartAsync();
        var solana = LiteSvmNode.StartAsync();
        Anvil = await anvil;
        Solana = await solana;
    }

    public async Task DisposeAsync()
    {
        await Anvil.DisposeAsync();
        await Solana.DisposeAsync();
    }

    /// <summary>
    /// The test daemon's config with both peers as custom networks. The per-session request limits are off (tests poll
    /// quickly and send in bulk); <c>SessionRequestLimiterTests</c> covers them.
    /// </summary>
    public WaiaasConfig Config(Func<SecuritySettings, SecuritySettings>? security = null)
    {
        var config = Hosting.DaemonTestHost.TestConfig(s => (security ?? (x => x))(s with { RateLimitSessionRpm = 0, RateLimitTxRpm = 0 }));
        return config with
        {
            Rpc = config.Rpc with
            {
                Custom = ImmutableDictionary<string, CustomNetworkSettings>.Empty
                    .Add(EvmNetwork, new CustomNetworkSettings(EvmNetwork, ChainType.Ethereum, AnvilNode.ChainId, Anvil.Url.ToString(), NetworkEnvironment.Testnet))
                    .Add(SolanaNetwork, new CustomNetworkSettings(SolanaNetwork, ChainType.Solana, null, Solana.Url.ToString(), NetworkEnvironment.Testnet)),
            },
        };
    }
}

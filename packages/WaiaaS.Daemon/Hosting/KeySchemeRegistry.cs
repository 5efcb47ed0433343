using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Daemon.Hosting;

/// <summary>The key scheme of each chain family.</summary>
internal sealed class KeySchemeRegistry(IReadOnlyList<IKeyScheme> schemes)
{
    public IReadOnlyList<IKeyScheme> All => schemes;

    public IKeyScheme For(ChainType chain) =>
        schemes.FirstOrDefault(s => s.Chain == chain) ?? throw new InvalidOperationException($"no key scheme registered for {chain}");
}

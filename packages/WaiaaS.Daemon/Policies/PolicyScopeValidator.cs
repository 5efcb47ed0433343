using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Policies;

/// <summary>
/// Checks where a policy applies: the wallet exists and is not terminated, and every network named (the policy's own and
/// an ALLOWED_NETWORKS list) is a network of the wallet's chain, built-in or operator-defined; for a global policy, any
/// known network.
/// </summary>
internal sealed class PolicyScopeValidator(WalletNetworkCatalog catalog)
{
    public async Task<Failure?> CheckAsync(WaiaasDbContext db, string? walletId, string? network, PolicyRules rules, CancellationToken cancellationToken)
    {
        HashSet<string> known;
        if (walletId is null)
        {
            known = Networks(Enum.GetValues<ChainType>());
        }
        else
        {
            var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == walletId, cancellationToken).ConfigureAwait(false);
            if (wallet is null)
            {
                return new Failure(ErrorCodes.WalletNotFound, $"walletId: no wallet {walletId}.");
            }

            if (wallet.Status == WalletStatus.Terminated)
            {
                return new Failure(ErrorCodes.WalletTerminated, "walletId: the wallet is terminated.");
            }

            known = Networks([wallet.Chain]);
        }

        if (network is not null && !known.Contains(network))
        {
            return PolicyInput.Invalid("network", Unknown(network, walletId));
        }

        if (rules is AllowedNetworksRules allowed)
        {
            for (var i = 0; i < allowed.Networks.Length; i++)
            {
                if (!known.Contains(allowed.Networks[i]))
                {
                    return PolicyInput.Invalid($"rules.networks[{i}]", Unknown(allowed.Networks[i], walletId));
                }
            }
        }

        return null;
    }

    private HashSet<string> Networks(IEnumerable<ChainType> chains) =>
        chains
            .SelectMany(chain => catalog.For(chain, NetworkEnvironment.Testnet).Concat(catalog.For(chain, NetworkEnvironment.Mainnet)))
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);

    private static string Unknown(string network, string? walletId) =>
        walletId is null
            ? $"\"{network}\" is not a known network id"
            : $"\"{network}\" is not a network of the wallet's chain (see GET /v1/wallets/{walletId}/networks)";
}

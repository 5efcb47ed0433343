using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli;

/// <summary>Finds the wallet a command line names by id or by name (ids first; names are unique among live wallets).</summary>
internal static class WalletSelector
{
    public const string Active = "ACTIVE";
    public const string Terminated = "TERMINATED";

    /// <summary>The wallet <paramref name="idOrName"/> names, or null with the reason in <paramref name="problem"/>.</summary>
    public static WalletResponse? Find(IReadOnlyList<WalletResponse> wallets, string idOrName, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(wallets);
        var byId = wallets.FirstOrDefault(w => string.Equals(w.Id, idOrName, StringComparison.Ordinal));
        if (byId is not null)
        {
            problem = null;
            return byId;
        }

        var byName = wallets.Where(w => string.Equals(w.Name, idOrName, StringComparison.Ordinal) && w.Status != Terminated).ToList();
        if (byName.Count == 1)
        {
            problem = null;
            return byName[0];
        }

        problem = byName.Count == 0
            ? $"no wallet has the id or name '{idOrName}' (see 'waiaas wallet list')."
            : $"several wallets are named '{idOrName}'; use the id (see 'waiaas wallet list').";
        return null;
    }
}

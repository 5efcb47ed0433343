using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Mcp;

/// <summary>
/// Which wallets <c>mcp setup</c> gives a session: <c>--wallet</c> one (its own token file), <c>--all</c> every ACTIVE
/// wallet (the default file), neither the only ACTIVE wallet (the default file) or a usage error when there are several.
/// </summary>
/// <param name="Wallets">The session's wallets.</param>
/// <param name="PerWalletId">The wallet whose own token file (<c>mcp-tokens/&lt;id&gt;</c>) is written; null = the default file.</param>
internal sealed record McpSetupTarget(IReadOnlyList<WalletResponse> Wallets, string? PerWalletId)
{
    /// <summary>The most wallets one session may hold (the daemon's limit).</summary>
    public const int MaxWallets = 20;

    /// <summary>Chooses the wallets, or returns null with the message and exit code.</summary>
    public static McpSetupTarget? Choose(IReadOnlyList<WalletResponse> wallets, string? wallet, bool all, out string? problem, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(wallets);
        (problem, exitCode) = (null, ExitCodes.Success);
        if (wallet is not null && all)
        {
            (problem, exitCode) = ("use --wallet or --all, not both.", ExitCodes.Usage);
            return null;
        }

        if (wallet is not null)
        {
            var found = WalletSelector.Find(wallets, wallet, out problem);
            if (found is null)
            {
                exitCode = ExitCodes.Usage;
                return null;
            }

            return new McpSetupTarget([found], found.Id);
        }

        var active = wallets.Where(w => w.Status == WalletSelector.Active).ToList();
        if (active.Count == 0)
        {
            (problem, exitCode) = ("there is no active wallet. Create one with 'waiaas wallet create --name <name> --chain solana|ethereum', or a Solana and an EVM wallet at once with 'waiaas quickset --mode testnet'.", ExitCodes.NoActiveWallet);
            return null;
        }

        if (!all && active.Count > 1)
        {
            var names = string.Join(", ", active.Select(w => w.Name));
            (problem, exitCode) = ($"there are {active.Count} active wallets ({names}): pick one with --wallet <id|name>, or give the session all of them with --all.", ExitCodes.Usage);
            return null;
        }

        if (active.Count > MaxWallets)
        {
            (problem, exitCode) = ($"there are {active.Count} active wallets and one session holds at most {MaxWallets}: use --wallet <id|name>.", ExitCodes.Usage);
            return null;
        }

        return new McpSetupTarget(active, null);
    }
}

using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WaiaaS.Mcp.Tools;

/// <summary>The read-only tools: the session's wallets, balances, policies and the daemon's self-description.</summary>
[McpServerToolType]
internal sealed class WalletTools(ToolRunner runner)
{
    private const string WalletIdHelp = "Wallet id; needed only when the session holds several wallets (see connect_info).";
    private const string NetworkHelp = "Network id (e.g. ethereum-sepolia, solana-devnet); default: the wallet's default network.";

    [McpServerTool(Name = "connect_info", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Call this first: the session's wallets (ids, chains, addresses, networks), the policies that judge its transactions, the transaction types it may send, and short instructions.")]
    public Task<CallToolResult> ConnectInfo(CancellationToken cancellationToken) =>
        runner.RunAsync("connect_info", (client, ct) => client.GetConnectInfoAsync(ct), cancellationToken);

    [McpServerTool(Name = "get_address", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The wallet's address on a network.")]
    public Task<CallToolResult> GetAddress(
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(NetworkHelp)] string? network = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_address", (client, ct) => client.GetAddressAsync(wallet_id, network, ct), cancellationToken);

    [McpServerTool(Name = "get_balance", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("The wallet's native balance (SOL, ETH, …) read from the chain, in base units and human units.")]
    public Task<CallToolResult> GetBalance(
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(NetworkHelp)] string? network = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_balance", (client, ct) => client.GetBalanceAsync(wallet_id, network, ct), cancellationToken);

    [McpServerTool(Name = "get_assets", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("The wallet's native balance and the balances of the tokens the operator registered for the network.")]
    public Task<CallToolResult> GetAssets(
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(NetworkHelp)] string? network = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_assets", (client, ct) => client.GetAssetsAsync(wallet_id, network, ct), cancellationToken);

    [McpServerTool(Name = "get_wallet_info", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The wallet's chain, address and the networks it can use.")]
    public Task<CallToolResult> GetWalletInfo([Description(WalletIdHelp)] string? wallet_id = null, CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_wallet_info", async (client, ct) =>
        {
            var address = await client.GetAddressAsync(wallet_id, null, ct).ConfigureAwait(false);
            var networks = await client.GetWalletNetworksAsync(address.WalletId, ct).ConfigureAwait(false);
            return new WalletInfoResult(address.WalletId, address.Chain, address.Address, address.Network, networks.Items);
        }, cancellationToken);

    [McpServerTool(Name = "get_policies", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The policies that apply to the session's wallets: spending limits and tiers, allow-lists, rate limits, time windows.")]
    public Task<CallToolResult> GetPolicies([Description(WalletIdHelp)] string? wallet_id = null, CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_policies", (client, ct) => client.GetPoliciesAsync(wallet_id, ct), cancellationToken);

    [McpServerTool(Name = "get_nonce", ReadOnly = true, OpenWorld = false)]
    [Description("A single-use nonce for a message the wallet owner signs (owner verification, approvals).")]
    public Task<CallToolResult> GetNonce(CancellationToken cancellationToken) =>
        runner.RunAsync("get_nonce", (client, ct) => client.GetNonceAsync(ct), cancellationToken);
}

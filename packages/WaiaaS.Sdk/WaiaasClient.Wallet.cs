using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>The session wallet's reads: <c>/v1/wallet/address|balance|assets</c>.</content>
public sealed partial class WaiaasClient
{
    /// <summary><c>GET /v1/wallet/address</c>: the session wallet's address on a network.</summary>
    /// <param name="walletId">Which of the session's wallets; needed when it has several.</param>
    /// <param name="network">The network; the wallet's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<AgentWalletResponse> GetAddressAsync(string? walletId = null, string? network = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(WalletRead("v1/wallet/address", walletId, network), WaiaasJsonContext.Default.AgentWalletResponse, cancellationToken);

    /// <summary><c>GET /v1/wallet/balance</c>: the native coin's balance.</summary>
    /// <param name="walletId">Which of the session's wallets; needed when it has several.</param>
    /// <param name="network">The network; the wallet's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletBalanceResponse> GetBalanceAsync(string? walletId = null, string? network = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(WalletRead("v1/wallet/balance", walletId, network), WaiaasJsonContext.Default.WalletBalanceResponse, cancellationToken);

    /// <summary><c>GET /v1/wallet/assets</c>: the native coin and the registered tokens.</summary>
    /// <param name="walletId">Which of the session's wallets; needed when it has several.</param>
    /// <param name="network">The network; the wallet's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletBalanceResponse> GetAssetsAsync(string? walletId = null, string? network = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(WalletRead("v1/wallet/assets", walletId, network), WaiaasJsonContext.Default.WalletBalanceResponse, cancellationToken);

    private WaiaasCall WalletRead(string path, string? walletId, string? network) =>
        new(HttpMethod.Get, PathBuilder.Query(path, ("walletId", walletId), ("network", network)), null, Retry: true, AuthorizeAsync);
}

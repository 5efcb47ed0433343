using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>Wallets: <c>/v1/wallets</c> and the owner address.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>POST /v1/wallets</c>: creates a wallet (never retried).</summary>
    /// <param name="request">Name, chain and environment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> CreateWalletAsync(CreateWalletRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/wallets", false, WaiaasTransport.Body(request, WaiaasRequestJsonContext.Default.CreateWalletRequest)), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>GET /v1/wallets</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<WalletResponse>> ListWalletsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/wallets", true), WaiaasJsonContext.Default.ItemsResponseWalletResponse, cancellationToken);

    /// <summary><c>GET /v1/wallets/{id}</c>.</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> GetWalletAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, Wallet(id), true), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>PUT /v1/wallets/{id}</c>: renames (idempotent, retried).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> RenameWalletAsync(string id, string name, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Put, Wallet(id), true, WaiaasTransport.Body(new RenameWalletRequest(name), WaiaasRequestJsonContext.Default.RenameWalletRequest)), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>POST /v1/wallets/{id}/suspend</c> (never retried).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="reason">Why (optional, at most 256 characters).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> SuspendWalletAsync(string id, string? reason = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, Wallet(id) + "/suspend", false, WaiaasTransport.Body(new SuspendWalletRequest(reason), WaiaasRequestJsonContext.Default.SuspendWalletRequest)), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>POST /v1/wallets/{id}/resume</c> (never retried).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> ResumeWalletAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, Wallet(id) + "/resume", false), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>DELETE /v1/wallets/{id}</c>: terminates (never retried: a second terminate is refused).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> TerminateWalletAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Delete, Wallet(id), false), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>POST /v1/wallets/{id}/purge</c>: removes a terminated wallet's key file (never retried).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> PurgeWalletAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, Wallet(id) + "/purge", false), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>GET /v1/wallets/{id}/networks</c>: the networks the wallet can use.</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<WalletNetworkResponse>> ListWalletNetworksAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, Wallet(id) + "/networks", true), WaiaasJsonContext.Default.ItemsResponseWalletNetworkResponse, cancellationToken);

    /// <summary><c>PUT /v1/wallets/{id}/owner</c>: sets the owner address (state GRACE until verified; retried, re-sending it is a no-op).</summary>
    /// <param name="id">The wallet id.</param>
    /// <param name="ownerAddress">The owner's address on the wallet's chain.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> SetOwnerAsync(string id, string ownerAddress, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Put, Wallet(id) + "/owner", true, WaiaasTransport.Body(new SetOwnerRequest(ownerAddress), WaiaasRequestJsonContext.Default.SetOwnerRequest)), WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    private static string Wallet(string id) => "v1/wallets/" + PathBuilder.Segment(id);
}

using System.Net;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Sessions;

namespace WaiaaS.Daemon.Tests.Agents;

/// <summary><c>GET /v1/wallet/address</c> needs no chain call, so it answers for a network without an RPC URL; a balance does not.</summary>
public sealed class AgentAddressTests
{
    [Fact]
    public async Task Address_answers_without_an_rpc_url_but_the_network_is_still_checked()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.CreateWalletAsync("agent", "ethereum");
        var walletId = wallet.GetProperty("id").GetString()!;
        var (_, token, _) = await host.NewSessionAsync(new { walletId });

        var (address, body) = await host.GetAsSessionAsync("/v1/wallet/address?network=ethereum-sepolia", token);
        var (balance, balanceBody) = await host.GetAsSessionAsync("/v1/wallet/balance?network=ethereum-sepolia", token);
        var (mainnet, mainnetBody) = await host.GetAsSessionAsync("/v1/wallet/address?network=ethereum-mainnet", token);
        var (solana, solanaBody) = await host.GetAsSessionAsync("/v1/wallet/address?network=solana-devnet", token);

        Assert.Equal(HttpStatusCode.OK, address.StatusCode);
        Assert.Equal(wallet.GetProperty("address").GetString(), body.GetProperty("address").GetString());
        Assert.Equal("ethereum-sepolia", body.GetProperty("network").GetString());
        Assert.Equal("NETWORK_NOT_CONFIGURED", balanceBody.Code());
        Assert.Equal(HttpStatusCode.BadRequest, balance.StatusCode);
        Assert.Equal("ENVIRONMENT_NETWORK_MISMATCH", mainnetBody.Code());
        Assert.NotEqual(HttpStatusCode.OK, mainnet.StatusCode);
        Assert.Equal("VALIDATION_FAILED", solanaBody.Code());
        Assert.Equal(HttpStatusCode.BadRequest, solana.StatusCode);
    }
}

using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Agent;

/// <summary>Renewal, token providers and the open endpoints through <see cref="WaiaasClient"/> against a real daemon (fake clock, no chain).</summary>
public sealed class AgentSessionTests
{
    [Fact]
    public async Task Renew_Too_Early_Is_Refused_Then_Succeeds_And_The_Fixed_Token_Client_Uses_The_New_Token()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        var (walletId, _) = await daemon.RawWalletAsync("renew", "solana");
        var token = await daemon.RawSessionAsync(walletId, new { ttl = 3600 });
        var agent = daemon.Agent(token);

        var early = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.RenewSessionAsync());
        daemon.Time.Advance(TimeSpan.FromSeconds(1900));
        var renewed = await agent.RenewSessionAsync();
        var renewedAgain = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.RenewSessionAsync());

        Assert.Equal((409, "RENEWAL_TOO_EARLY", true), (early.Status, early.Code, early.Retryable));
        Assert.NotEqual(token, renewed.Token);
        Assert.Equal(1, renewed.RenewalCount);
        Assert.Equal(SessionTokenCodec.DecodeUntrusted(token).Value!.SessionId, SessionTokenCodec.DecodeUntrusted(renewed.Token).Value!.SessionId);
        // The client renewed with the new token: too early for it, not a conflict over a superseded token.
        Assert.Equal("RENEWAL_TOO_EARLY", renewedAgain.Code);
    }

    [Fact]
    public async Task Token_Provider_Is_Asked_On_Every_Call()
    {
        var config = DaemonTestHost.TestConfig();
        config = config with { Rpc = config.Rpc with { Urls = config.Rpc.Urls.SetItem("solana_devnet", "http://127.0.0.1:9/") } };
        await using var daemon = await SdkDaemon.StartAsync(config);
        var (walletId, address) = await daemon.RawWalletAsync("provider", "solana");
        var token = await daemon.RawSessionAsync(walletId);
        var asked = 0;
        var agent = new WaiaasClient(daemon.Host.Client, _ =>
        {
            Interlocked.Increment(ref asked);
            return ValueTask.FromResult(token);
        }, SdkDaemon.Options);

        var first = await agent.GetAddressAsync();
        var second = await agent.GetAddressAsync(walletId);
        var unconfigured = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.GetBalanceAsync(walletId, "solana-testnet"));

        Assert.Equal(address, first.Address);
        Assert.Equal(walletId, second.WalletId);
        Assert.Equal("NETWORK_NOT_CONFIGURED", unconfigured.Code);
        Assert.Equal(3, asked);
    }

    [Fact]
    public async Task Open_Endpoints_And_Refusals()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        var agent = daemon.Agent("wai_sess_not-a-real-token");

        var health = await agent.GetHealthAsync();
        var nonce = await agent.GetNonceAsync();
        var unauthorized = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.GetAddressAsync());
        var notAToken = await Assert.ThrowsAsync<InvalidOperationException>(() => agent.RenewSessionAsync());

        Assert.Equal("ok", health.Status);
        Assert.Equal(32, nonce.Nonce.Length);
        Assert.Equal(401, unauthorized.Status);
        Assert.DoesNotContain("not-a-real-token", notAToken.Message);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Sessions;

// What the transaction pipeline reads: the AuthenticatedSession that sessionAuth puts in the HttpContext.
public class AuthenticatedSessionTests
{
    [Fact]
    public async Task Authenticate_YieldsTheSessionItsLiveWalletsAndItsConstraints()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await host.WalletIdAsync("a");
        var b = await host.WalletIdAsync("b", "ethereum");
        var (id, token, _) = await host.NewSessionAsync(new
        {
            walletIds = new[] { a, b },
            constraints = new { allowedNetworks = new[] { "solana-devnet" }, maxAmountPerTx = new { native = "42" } },
        });
        await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{b}");
        var authenticator = host.Daemon.App.Services.GetRequiredService<SessionAuthenticator>();
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + token;

        var result = await authenticator.AuthenticateAsync(context);

        var session = result.Value!;
        Assert.Equal(id, session.SessionId);
        Assert.Equal([a], session.WalletIds);
        Assert.Equal(["solana-devnet"], session.Constraints.AllowedNetworks.ToArray());
        Assert.Equal("42", session.Constraints.MaxAmountPerTx["native"]);
        Assert.True(session.IsCurrentToken);
        context.SetAuthenticatedSession(session);
        Assert.Same(session, context.GetAuthenticatedSession());
        Assert.Throws<InvalidOperationException>(() => new DefaultHttpContext().GetAuthenticatedSession());
    }

    [Fact]
    public async Task AReplacedTokenInItsGrace_IsMarkedNotCurrent()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        await host.RenewAsync(id, token);
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + token;

        var session = (await host.Daemon.App.Services.GetRequiredService<SessionAuthenticator>().AuthenticateAsync(context)).Value!;

        Assert.False(session.IsCurrentToken);
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.KillSwitch;

namespace WaiaaS.Daemon.Tests.Owners;

// The Transaction scope is for the approve/reject endpoints the pipeline adds; exercised here directly.
public class OwnerAuthenticatorTests
{
    [Fact]
    public async Task TransactionScope_ResolvesTheOwnerOfTheTransactionsWallet()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        var wallet = await host.CreateVerifiedWalletAsync("owned", key);
        var other = await KillSwitchEndpointTests.WalletAsync(host, "other");
        var tx = await host.AddTransactionAsync(wallet, TransactionStatus.Queued);
        var foreignTx = await host.AddTransactionAsync(other, TransactionStatus.Queued);
        var authenticator = host.Daemon.App.Services.GetRequiredService<OwnerAuthenticator>();

        var ok = await authenticator.AuthenticateAsync(Context(key, tx, "approve me"), OwnerAuthScope.Transaction, default);
        var noOwner = await authenticator.AuthenticateAsync(Context(key, foreignTx, "approve me"), OwnerAuthScope.Transaction, default);
        var unknown = await authenticator.AuthenticateAsync(Context(key, Guid.CreateVersion7().ToString(), "approve me"), OwnerAuthScope.Transaction, default);

        Assert.True(ok.Succeeded);
        Assert.Equal(new OwnerCredential(ChainType.Solana, key.Address, "approve me", key.Sign("approve me"), wallet), ok.Value);
        Assert.Equal("OWNER_NOT_SET", noOwner.Failure!.Error.Code);
        Assert.Equal("NOT_FOUND", unknown.Failure!.Error.Code);
    }

    private static DefaultHttpContext Context(OwnerTestKey key, string id, string message)
    {
        var context = new DefaultHttpContext();
        context.Request.RouteValues["id"] = id;
        context.Request.Headers["X-Owner-Address"] = key.Address;
        context.Request.Headers["X-Owner-Message"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        context.Request.Headers["X-Owner-Signature"] = key.Sign(message);
        return context;
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Owners;
using WaiaaS.Mcp.Sessions;

namespace WaiaaS.Daemon.Tests.Telegram;

public class TelegramNewSessionTests
{
    [Fact]
    public async Task NewSession_WritesA0600TokenFile_ThatARunningMcpSessionManagerPicksUp_AndTheTokenIsNeverSent()
    {
        await using var bot = await TelegramTestBot.StartAsync();
        var walletId = (await bot.Host.CreateWalletAsync("mcp-wallet")).GetProperty("id").GetString()!;
        var path = SessionTokenFile.ForWallet(bot.Host.Layout, walletId);

        // The MCP server of this wallet is already running without a usable token.
        await using var manager = new SessionManager(new SessionManagerOptions(path), new NoRenewals(), bot.Host.Time, NullLogger<SessionManager>.Instance);
        await manager.StartAsync(CancellationToken.None);
        Assert.True(manager.State is SessionState.Error or SessionState.Expired, manager.State.ToString());
        await Assert.ThrowsAsync<SessionUnavailableException>(() => manager.ExecuteAsync(_ => Task.FromResult(0)));

        var choose = await bot.AskAsync("/newsession");
        Assert.Equal(["ns:" + walletId], choose.CallbackData);
        var done = await bot.PressAsync("ns:" + walletId);
        Assert.Contains("mcp-wallet", done.Text, StringComparison.Ordinal);
        Assert.Contains(path, done.Text, StringComparison.Ordinal);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        var token = SessionTokenFile.Read(path).Value!;
        Assert.StartsWith("wai_sess_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Server.Sent, m => m.Text.Contains(token, StringComparison.Ordinal) || m.Text.Contains(token[9..], StringComparison.Ordinal));

        // No restart: the next call reads the file, and the daemon accepts the token.
        var status = await manager.ExecuteAsync(async t =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/transactions/pending");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", t);
            using var response = await bot.Host.Client.SendAsync(request);
            return response.StatusCode;
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(SessionState.Active, manager.State);

        var session = await bot.Host.Db().Sessions.SingleAsync();
        Assert.Equal("telegram", session.Source);
        Assert.True(await bot.Host.Db().AuditLog.AnyAsync(a => a.EventType == "session.created" && a.Actor == "telegram:4242"));
    }

    private sealed class NoRenewals : ISessionRenewalClient
    {
        public Task<RenewSessionResponse> RenewAsync(string sessionId, string token, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("this test does not renew");
    }
}

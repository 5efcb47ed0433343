using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Sessions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// <c>/newsession</c>: a keyboard of ACTIVE wallets; the choice creates a session (source <c>telegram</c>, default
/// constraints by the 3-level rule in <see cref="SessionService"/>) and writes its token to the wallet's token file.
/// The chat sees the wallet, the expiry and the file path, never the token.
/// </summary>
internal sealed class TelegramSessions(
    IDbContextFactory<WaiaasDbContext> factory,
    SessionService sessions,
    DataDirectoryLayout layout)
{
    public async Task<TelegramReply> ChooseWalletAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wallets = await db.Wallets.AsNoTracking().Where(w => w.Status == WalletStatus.Active).OrderBy(w => w.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return wallets.Count == 0
            ? new TelegramReply("No ACTIVE wallet to create a session for.")
            : new TelegramReply("New session for which wallet?", [.. wallets.Select(w => (IReadOnlyList<TelegramButton>)[new TelegramButton(w.Name, "ns:" + w.Id)])]);
    }

    public async Task<TelegramReply> CreateAsync(long chatId, string walletId, CancellationToken cancellationToken)
    {
        if (!SessionTokenFile.IsValidWalletId(walletId))
        {
            return new TelegramReply("Unknown wallet.");
        }

        var actor = TelegramChatRegistry.Actor(chatId);
        var created = await sessions.CreateAsync(new CreateSessionRequest(WalletId: walletId, Source: "telegram"), new RequestOrigin(actor, null, null), cancellationToken).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return new TelegramReply($"No session: {TelegramCommands.Describe(created.Failure!)}");
        }

        var session = created.Value!;
        var path = SessionTokenFile.ForWallet(layout, walletId);
        if (SessionTokenFile.Write(path, session.Token!) is { } failure)
        {
            await sessions.RevokeAsync(session.Id, new RequestOrigin(actor, null, null), CancellationToken.None).ConfigureAwait(false);
            return new TelegramReply($"The session was revoked because its token file could not be written: {TelegramCommands.Describe(failure)}");
        }

        var name = session.Wallets.Count > 0 ? session.Wallets[0].Name : walletId;
        return new TelegramReply($"New session for {name}: expires {DateTimeOffset.FromUnixTimeSeconds(session.ExpiresAt):u}. "
            + $"The token was written to {path} (the MCP server of this wallet picks it up on its next call).");
    }
}

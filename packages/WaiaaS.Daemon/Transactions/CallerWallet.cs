using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>The wallet a request is about: the one it names, or the session's only wallet; refused when the caller may not use it.</summary>
internal static class CallerWallet
{
    public static async Task<Result<WalletEntity>> FindAsync(WaiaasDbContext db, TransactionCaller caller, string? walletId, CancellationToken cancellationToken)
    {
        walletId ??= caller.WalletIds is { Count: 1 } only ? only[0] : null;
        if (walletId is null)
        {
            return new Failure(ErrorCodes.WalletRequired);
        }

        if (!caller.MayUse(walletId))
        {
            return new Failure(ErrorCodes.WalletNotInSession, $"the session may not use wallet {walletId}.");
        }

        var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == walletId, cancellationToken).ConfigureAwait(false);
        return wallet is null ? new Failure(ErrorCodes.WalletNotFound) : wallet;
    }
}

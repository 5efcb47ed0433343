using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Notifications;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// Sends <c>SESSION_EXPIRING_SOON</c> (seed 000 NOTI-01/02, <see cref="SessionExpiringSoonRule"/>) at most once per
/// session: whoever notices first (a renewal or the hourly sweep) must win a compare-and-set on
/// <c>sessions.expiring_soon_notified</c> (0 → 1) before it dispatches, so racing callers cannot both send it.
/// </summary>
public sealed class SessionExpiryNotifier(
    IDbContextFactory<WaiaasDbContext> factory,
    INotificationDispatcher dispatcher,
    TimeProvider time)
{
    /// <summary>Checks every live session that has not been warned yet and warns those that qualify.</summary>
    /// <returns>How many warnings this call sent.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var window = now + SessionExpiringSoonRule.AbsoluteExpiryWindowSeconds;
        var threshold = SessionExpiringSoonRule.RenewalsRemainingThreshold;
        List<string> candidates;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates = await db.Sessions.AsNoTracking()
                .Where(s => !s.ExpiringSoonNotified && s.RevokedAt == null && s.ExpiresAt > now
                    && ((s.AbsoluteExpiresAt != 0 && s.AbsoluteExpiresAt < window) || (s.MaxRenewals != 0 && s.MaxRenewals - s.RenewalCount <= threshold)))
                .Select(s => s.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var sent = 0;
        foreach (var id in candidates)
        {
            sent += await NotifyIfExpiringSoonAsync(id, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Warns about one session if it qualifies now and nobody has warned about it yet.</summary>
    /// <returns>Whether this call sent the warning.</returns>
    public async Task<bool> NotifyIfExpiringSoonAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = WaiaasDatabase.UnixNow(time);
        NotificationMessage message;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
            if (session is null || session.ExpiringSoonNotified || session.RevokedAt is not null || session.ExpiresAt <= now
                || !SessionExpiringSoonRule.Qualifies(session.AbsoluteExpiry(), session.RenewalCount, session.MaxRenewals, now))
            {
                return false;
            }

            var won = await db.Sessions.Where(s => s.Id == sessionId && !s.ExpiringSoonNotified)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.ExpiringSoonNotified, true), cancellationToken).ConfigureAwait(false);
            if (won != 1)
            {
                return false;
            }

            var wallets = await db.SessionWallets.AsNoTracking().Where(l => l.SessionId == sessionId)
                .Join(db.Wallets, l => l.WalletId, w => w.Id, (l, w) => new { w.Id, w.Name })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            message = Message(session, wallets.Select(w => w.Name).ToList(), wallets.Count == 1 ? wallets[0].Id : null);
        }

        await dispatcher.DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static NotificationMessage Message(SessionEntity session, IReadOnlyList<string> walletNames, string? walletId)
    {
        var expiry = DateTimeOffset.FromUnixTimeSeconds(session.AbsoluteExpiry() ?? session.ExpiresAt)
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var remaining = SessionLimits.RenewalsRemaining(session.RenewalCount, session.MaxRenewals);
        var remainingText = remaining?.ToString(CultureInfo.InvariantCulture) ?? "unlimited";
        var names = string.Join(", ", walletNames);
        return new NotificationMessage(
            NotificationEventTypes.SessionExpiringSoon,
            NotificationSeverity.Warning,
            "Session expiring soon",
            $"Session {session.Id} ({names}) ends at {expiry} with {remainingText} renewals remaining. Create a new session before then (waiaas mcp refresh-token, or Telegram /newsession).")
        {
            SessionId = session.Id,
            WalletId = walletId,
            Facts = new Dictionary<string, string>
            {
                ["sessionId"] = session.Id,
                ["wallets"] = names,
                ["expiresAt"] = expiry,
                ["renewalsRemaining"] = remainingText,
            },
        };
    }
}

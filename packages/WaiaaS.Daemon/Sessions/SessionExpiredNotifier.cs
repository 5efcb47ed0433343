using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Notifications;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// Sends <c>SESSION_EXPIRED</c> once for each session whose token ran out without a renewal (not for revoked ones). A
/// watermark in <c>key_value_store</c> (<see cref="WatermarkKey"/>) says up to when expiries were reported; each sweep
/// reports the sessions that expired after it and moves it to now in the same <c>BEGIN IMMEDIATE</c> transaction, so
/// racing sweeps cannot both report one. The first sweep of a database only sets the watermark: sessions that expired
/// before this daemon version ran are not reported late. At most once: a crash between the commit and the dispatch
/// loses those notifications rather than repeating them.
/// </summary>
public sealed class SessionExpiredNotifier(
    IDbContextFactory<WaiaasDbContext> factory,
    INotificationDispatcher dispatcher,
    TimeProvider time)
{
    /// <summary>The key_value_store key of the watermark (Unix seconds).</summary>
    public const string WatermarkKey = "sessions.expired_notified_through";

    /// <summary>Reports the sessions that expired since the last sweep.</summary>
    /// <returns>How many notifications this call sent.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = WaiaasDatabase.UnixNow(time);
        List<NotificationMessage> messages;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var mark = await db.KeyValues.FirstOrDefaultAsync(k => k.Key == WatermarkKey, cancellationToken).ConfigureAwait(false);
            if (mark is null)
            {
                db.KeyValues.Add(new KeyValueEntity { Key = WatermarkKey, Value = now.ToString(CultureInfo.InvariantCulture), UpdatedAt = now });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            var since = long.TryParse(mark.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : now;
            var expired = await db.Sessions.AsNoTracking()
                .Where(s => s.RevokedAt == null && s.ExpiresAt > since && s.ExpiresAt <= now)
                .OrderBy(s => s.ExpiresAt)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = expired.Select(s => s.Id).ToList();
            var wallets = await SessionMapping.WalletsOfAsync(db, ids, cancellationToken).ConfigureAwait(false);
            messages = [.. expired.Select(s => Message(s, [.. wallets[s.Id]]))];
            mark.Value = now.ToString(CultureInfo.InvariantCulture);
            mark.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in messages)
        {
            await dispatcher.DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return messages.Count;
    }

    private static NotificationMessage Message(SessionEntity session, IReadOnlyList<Core.Contracts.SessionWalletResponse> wallets)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(session.ExpiresAt).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var names = string.Join(", ", wallets.Select(w => w.Name));
        return new NotificationMessage(
            NotificationEventTypes.SessionExpired,
            NotificationSeverity.Info,
            "Session expired",
            $"Session {session.Id} ({names}) expired at {at}. Its agent can no longer act; create a new session if it should (waiaas mcp refresh-token, or Telegram /newsession).")
        {
            SessionId = session.Id,
            WalletId = wallets.Count == 1 ? wallets[0].Id : null,
            Facts = new Dictionary<string, string>
            {
                ["sessionId"] = session.Id,
                ["wallets"] = names,
                ["expiredAt"] = at,
            },
        };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// Tier-1 authorization of the bot by chat id. Chats in <c>[telegram] allowed_chat_ids</c> are allowed; any other
/// chat that writes is stored as pending (key <c>telegram.chat.&lt;id&gt;</c> in <c>key_value_store</c>, audited)
/// until the operator approves or denies it. Also keeps the <c>getUpdates</c> offset (<c>telegram.update_offset</c>).
/// </summary>
internal sealed class TelegramChatRegistry(
    IDbContextFactory<WaiaasDbContext> factory,
    TelegramSettings settings,
    AuditLogWriter audit,
    TimeProvider time)
{
    public const string OffsetKey = "telegram.update_offset";
    private const string ChatPrefix = "telegram.chat.";

    public async Task<TelegramChatState?> StateAsync(long chatId, CancellationToken cancellationToken)
    {
        if (settings.AllowedChatIds.Contains(chatId))
        {
            return TelegramChatState.Configured;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var value = await db.KeyValues.AsNoTracking().Where(k => k.Key == Key(chatId)).Select(k => k.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return Parse(value);
    }

    /// <summary>Records an unknown chat as pending (audited). False when it is already known.</summary>
    public async Task<bool> AddPendingAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.KeyValues.AnyAsync(k => k.Key == Key(chatId), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.KeyValues.Add(new KeyValueEntity { Key = Key(chatId), Value = nameof(TelegramChatState.Pending), UpdatedAt = WaiaasDatabase.UnixNow(time) });
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.TelegramChatPending, Actor(chatId))
        {
            Details = new JsonObject { ["chatId"] = chatId },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The operator approves or denies a chat (audited, actor <paramref name="actor"/>).</summary>
    public async Task<TelegramChat> DecideAsync(long chatId, bool approve, string actor, string? requestId, CancellationToken cancellationToken)
    {
        var state = approve ? TelegramChatState.Approved : TelegramChatState.Denied;
        var now = WaiaasDatabase.UnixNow(time);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.KeyValues.FirstOrDefaultAsync(k => k.Key == Key(chatId), cancellationToken).ConfigureAwait(false);
        var previous = row?.Value;
        if (row is null)
        {
            db.KeyValues.Add(new KeyValueEntity { Key = Key(chatId), Value = state.ToString(), UpdatedAt = now });
        }
        else
        {
            row.Value = state.ToString();
            row.UpdatedAt = now;
        }

        await audit.AppendAsync(db, new AuditEntry(approve ? AuditEvents.TelegramChatApproved : AuditEvents.TelegramChatDenied, actor)
        {
            RequestId = requestId,
            Details = new JsonObject { ["chatId"] = chatId, ["previous"] = previous },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new TelegramChat(chatId, Wire(state), now);
    }

    public async Task<IReadOnlyList<TelegramChat>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.KeyValues.AsNoTracking().Where(k => k.Key.StartsWith(ChatPrefix)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var chats = settings.AllowedChatIds.Select(id => new TelegramChat(id, Wire(TelegramChatState.Configured), 0)).ToList();
        foreach (var row in rows)
        {
            if (long.TryParse(row.Key.AsSpan(ChatPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
                && !settings.AllowedChatIds.Contains(id) && Parse(row.Value) is { } state)
            {
                chats.Add(new TelegramChat(id, Wire(state), row.UpdatedAt));
            }
        }

        return chats;
    }

    public async Task<long> ReadOffsetAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var value = await db.KeyValues.AsNoTracking().Where(k => k.Key == OffsetKey).Select(k => k.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    public async Task WriteOffsetAsync(long offset, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var text = offset.ToString(CultureInfo.InvariantCulture);
        var row = await db.KeyValues.FirstOrDefaultAsync(k => k.Key == OffsetKey, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            db.KeyValues.Add(new KeyValueEntity { Key = OffsetKey, Value = text, UpdatedAt = WaiaasDatabase.UnixNow(time) });
        }
        else
        {
            row.Value = text;
            row.UpdatedAt = WaiaasDatabase.UnixNow(time);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Actor(long chatId) => "telegram:" + chatId.ToString(CultureInfo.InvariantCulture);

    private static string Key(long chatId) => ChatPrefix + chatId.ToString(CultureInfo.InvariantCulture);

    private static string Wire(TelegramChatState state) => state.ToString().ToUpperInvariant();

    private static TelegramChatState? Parse(string? value) =>
        Enum.TryParse<TelegramChatState>(value, out var state) && state != TelegramChatState.Configured ? state : null;
}

using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>Reads and compare-and-sets <c>key_value_store.kill_switch_state</c>.</summary>
internal static class KillSwitchStore
{
    public const string Key = "kill_switch_state";

    public const string LegacyNormal = "NORMAL";

    /// <summary>The state a stored value means. Unknown text fails closed as SUSPENDED (the operator can recover).</summary>
    public static KillSwitchState Interpret(string? value) =>
        value is null || value == LegacyNormal ? KillSwitchState.Active
        : WireNames.TryParse<KillSwitchState>(value, out var state) ? state
        : KillSwitchState.Suspended;

    public static KillSwitchState Read(WaiaasDbContext db) =>
        Interpret(db.KeyValues.AsNoTracking().Where(k => k.Key == Key).Select(k => k.Value).FirstOrDefault());

    public static async Task<(KillSwitchState State, string? Raw, long? ChangedAt)> ReadAsync(WaiaasDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.KeyValues.AsNoTracking().FirstOrDefaultAsync(k => k.Key == Key, cancellationToken).ConfigureAwait(false);
        return (Interpret(row?.Value), row?.Value, row?.UpdatedAt);
    }

    /// <summary>Sets the state to <paramref name="next"/> only if the stored text is still <paramref name="expectedRaw"/> (null: no row).</summary>
    public static async Task<bool> CompareAndSetAsync(WaiaasDbContext db, string? expectedRaw, KillSwitchState next, long now, CancellationToken cancellationToken)
    {
        var text = next.ToWireName();
        if (expectedRaw is null)
        {
            if (await db.KeyValues.AnyAsync(k => k.Key == Key, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            db.KeyValues.Add(new KeyValueEntity { Key = Key, Value = text, UpdatedAt = now });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        var updated = await db.KeyValues
            .Where(k => k.Key == Key && k.Value == expectedRaw)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.Value, text).SetProperty(k => k.UpdatedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }
}

using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>The in-memory <see cref="IKillSwitchState"/>: read from the database once, then kept by the transitions.</summary>
internal sealed class KillSwitchStateCache(IDbContextFactory<WaiaasDbContext> factory) : IKillSwitchState
{
    private const int Unloaded = -1;
    private readonly Lock _loadLock = new();
    private int _state = Unloaded;

    public KillSwitchState Current
    {
        get
        {
            var state = Volatile.Read(ref _state);
            return state == Unloaded ? Load() : (KillSwitchState)state;
        }
    }

    public bool IsActive => Current == KillSwitchState.Active;

    public void Set(KillSwitchState state) => Volatile.Write(ref _state, (int)state);

    private KillSwitchState Load()
    {
        lock (_loadLock)
        {
            if (Volatile.Read(ref _state) is var loaded and not Unloaded)
            {
                return (KillSwitchState)loaded;
            }

            using var db = factory.CreateDbContext();
            var state = KillSwitchStore.Read(db);

            // A transition that ran meanwhile is newer than what was read.
            Interlocked.CompareExchange(ref _state, (int)state, Unloaded);
            return (KillSwitchState)Volatile.Read(ref _state);
        }
    }
}

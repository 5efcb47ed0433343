namespace WaiaaS.Daemon.KillSwitch;

/// <summary>
/// The kill-switch state in memory, cheap to read on every request and right before signing. It is updated when a
/// transition starts (pessimistically: an activation is visible before it commits, and rolled back if it fails), so
/// code that checks <see cref="IsActive"/> and then signs never signs after an activation has committed.
/// </summary>
public interface IKillSwitchState
{
    /// <summary>The current state.</summary>
    KillSwitchState Current { get; }

    /// <summary>Whether the system runs normally (state <see cref="KillSwitchState.Active"/>).</summary>
    bool IsActive { get; }
}

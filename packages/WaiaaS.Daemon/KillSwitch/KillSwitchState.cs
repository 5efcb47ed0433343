namespace WaiaaS.Daemon.KillSwitch;

/// <summary>
/// The kill switch (SPEC §10), stored as the upper-case name in <c>key_value_store.kill_switch_state</c>. A missing
/// row and the legacy value <c>NORMAL</c> read as <see cref="Active"/>.
/// </summary>
public enum KillSwitchState
{
    /// <summary>Normal operation: the kill switch is not engaged.</summary>
    Active,

    /// <summary>Stopped by the operator; the operator alone can recover.</summary>
    Suspended,

    /// <summary>Stopped by an owner signature; recovery needs the operator and a verified owner.</summary>
    Locked,
}

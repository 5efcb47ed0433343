namespace WaiaaS.Daemon.KillSwitch;

/// <summary>Marks an endpoint that stays available while the kill switch is engaged (see <see cref="KillSwitchMiddleware"/>).</summary>
public sealed class KillSwitchExemptMetadata
{
    /// <summary>The shared instance.</summary>
    public static KillSwitchExemptMetadata Instance { get; } = new();
}

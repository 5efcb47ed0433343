namespace WaiaaS.Core.Configuration;

/// <summary><c>[backup]</c>: how many backups of each kind are kept.</summary>
public sealed record BackupSettings
{
    /// <summary>Backups kept; older ones are deleted.</summary>
    public int Retention { get; init; } = 5;
}

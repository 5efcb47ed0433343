namespace WaiaaS.Daemon.Storage;

/// <summary>What <see cref="SchemaGate"/> did to let start-up continue.</summary>
public enum SchemaGateOutcomeKind
{
    /// <summary>No database existed; one was created at the latest schema.</summary>
    Created,

    /// <summary>The database was already at the latest schema.</summary>
    UpToDate,

    /// <summary>The database was backed up and migrated to the latest schema.</summary>
    Migrated,
}

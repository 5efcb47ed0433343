namespace WaiaaS.Daemon.Hosting;

/// <summary>Why the daemon refused to start; the CLI maps each to an exit code.</summary>
public enum DaemonStartFailure
{
    /// <summary>Another daemon holds this data directory's lock.</summary>
    AlreadyRunning,

    /// <summary>The master password does not match (or is too short when first set).</summary>
    WrongMasterPassword,

    /// <summary>The schema gate refused the database (too new, too old, unrecognised).</summary>
    SchemaIncompatible,

    /// <summary>A migration step failed and was rolled back.</summary>
    MigrationFailed,

    /// <summary>The configured address/port is taken.</summary>
    PortInUse,

    /// <summary>libsodium is missing.</summary>
    LibsodiumMissing,

    /// <summary>A keystore or verifier file is unreadable.</summary>
    KeystoreInvalid,
}

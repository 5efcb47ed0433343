namespace WaiaaS.Daemon.Audit;

/// <summary>
/// Audit event types: lower-case <c>area.action</c> (dotted, snake_case words). Stored in <c>audit_log.event_type</c>
/// and filterable by the API; never rename one that shipped (old rows keep it), add new ones instead.
/// </summary>
public static partial class AuditEvents
{
    /// <summary>The daemon started (details: version, schema).</summary>
    public const string DaemonStarted = "daemon.started";

    /// <summary>The daemon stopped gracefully.</summary>
    public const string DaemonStopped = "daemon.stopped";

    /// <summary>The database was migrated (details: from, to, backup).</summary>
    public const string SchemaMigrated = "schema.migrated";

    /// <summary>The master password was set on first start.</summary>
    public const string MasterPasswordSet = "master.password_set";

    /// <summary>A request carried a wrong master password.</summary>
    public const string MasterAuthFailed = "master.auth_failed";

    /// <summary>Master authentication is locked out after repeated failures.</summary>
    public const string MasterAuthLockedOut = "master.auth_locked_out";

    /// <summary>A wallet was created.</summary>
    public const string WalletCreated = "wallet.created";

    /// <summary>A wallet was renamed.</summary>
    public const string WalletRenamed = "wallet.renamed";

    /// <summary>A wallet was suspended.</summary>
    public const string WalletSuspended = "wallet.suspended";

    /// <summary>A suspended wallet was resumed.</summary>
    public const string WalletResumed = "wallet.resumed";

    /// <summary>A wallet was terminated.</summary>
    public const string WalletTerminated = "wallet.terminated";

    /// <summary>A terminated wallet's key file was removed (its row and audit rows stay).</summary>
    public const string WalletPurged = "wallet.purged";

    /// <summary>A wallet's owner address was set or changed.</summary>
    public const string WalletOwnerSet = "wallet.owner_set";

    /// <summary>A wallet's owner proved control of the address.</summary>
    public const string WalletOwnerLocked = "wallet.owner_locked";

    /// <summary>A session was created.</summary>
    public const string SessionCreated = "session.created";

    /// <summary>A session was renewed.</summary>
    public const string SessionRenewed = "session.renewed";

    /// <summary>A session was revoked.</summary>
    public const string SessionRevoked = "session.revoked";

    /// <summary>A request carried an invalid or expired session token.</summary>
    public const string SessionAuthFailed = "session.auth_failed";

    /// <summary>A policy was created.</summary>
    public const string PolicyCreated = "policy.created";

    /// <summary>A policy was changed.</summary>
    public const string PolicyUpdated = "policy.updated";

    /// <summary>A policy was deleted.</summary>
    public const string PolicyDeleted = "policy.deleted";

    /// <summary>A transaction was requested.</summary>
    public const string TransactionRequested = "transaction.requested";

    /// <summary>A transaction changed status (details: from, to).</summary>
    public const string TransactionStatusChanged = "transaction.status_changed";

    /// <summary>A policy denied a transaction.</summary>
    public const string TransactionDenied = "transaction.denied";

    /// <summary>The owner approved a pending transaction.</summary>
    public const string TransactionApproved = "transaction.approved";

    /// <summary>The owner rejected a pending transaction.</summary>
    public const string TransactionRejected = "transaction.rejected";

    /// <summary>The kill switch was activated.</summary>
    public const string KillSwitchActivated = "kill_switch.activated";

    /// <summary>The kill switch was released.</summary>
    public const string KillSwitchRecovered = "kill_switch.recovered";

    /// <summary>A setting was changed at run time.</summary>
    public const string SettingsChanged = "settings.changed";

    /// <summary>An upgrade was started or rolled back (details: from, to).</summary>
    public const string UpgradePerformed = "upgrade.performed";
}

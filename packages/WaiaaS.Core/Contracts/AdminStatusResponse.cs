namespace WaiaaS.Core.Contracts;

/// <summary>The daemon's state for the operator (<c>GET /v1/admin/status</c>). Times are Unix seconds.</summary>
/// <param name="KillSwitch">The kill switch: <c>ACTIVE</c> (normal operation), <c>SUSPENDED</c> or <c>LOCKED</c>.</param>
/// <param name="Version">The running version.</param>
/// <param name="SchemaVersion">The database schema version.</param>
/// <param name="Uptime">Seconds since the daemon started.</param>
/// <param name="Timestamp">The daemon's current time.</param>
/// <param name="Wallets">Wallets that are not terminated.</param>
/// <param name="ActiveWallets">Wallets in status ACTIVE.</param>
/// <param name="SuspendedWallets">Wallets in status SUSPENDED.</param>
/// <param name="ActiveSessions">Sessions neither revoked nor expired.</param>
/// <param name="PendingTransactions">Transactions in PENDING or QUEUED.</param>
public sealed record AdminStatusResponse(
    string KillSwitch,
    string Version,
    int SchemaVersion,
    long Uptime,
    long Timestamp,
    int Wallets,
    int ActiveWallets,
    int SuspendedWallets,
    int ActiveSessions,
    int PendingTransactions);

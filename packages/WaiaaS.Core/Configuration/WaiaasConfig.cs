namespace WaiaaS.Core.Configuration;

/// <summary>The whole operator configuration: built-in defaults, then config.toml, then WAIAAS_* variables.</summary>
public sealed record WaiaasConfig
{
    /// <summary><c>[daemon]</c></summary>
    public DaemonSettings Daemon { get; init; } = new();

    /// <summary><c>[keystore]</c></summary>
    public KeystoreSettings Keystore { get; init; } = new();

    /// <summary><c>[database]</c></summary>
    public DatabaseSettings Database { get; init; } = new();

    /// <summary><c>[rpc]</c></summary>
    public RpcSettings Rpc { get; init; } = new();

    /// <summary><c>[oracle]</c></summary>
    public OracleSettings Oracle { get; init; } = new();

    /// <summary><c>[security]</c></summary>
    public SecuritySettings Security { get; init; } = new();

    /// <summary><c>[notifications]</c></summary>
    public NotificationSettings Notifications { get; init; } = new();

    /// <summary><c>[telegram]</c></summary>
    public TelegramSettings Telegram { get; init; } = new();

    /// <summary><c>[backup]</c></summary>
    public BackupSettings Backup { get; init; } = new();

    /// <summary><c>[autostop]</c></summary>
    public AutoStopSettings AutoStop { get; init; } = new();
}

namespace WaiaaS.Core.Configuration;

public static partial class ConfigSchema
{
    private static ConfigSection DaemonSection()
    {
        const string s = "daemon";
        return new(s, "How the daemon listens, logs, shuts down and checks for updates.",
        [
            Int(s, "port", 0, 65535, "TCP port of the HTTP API, MCP and admin UI (0 picks a free port, written to daemon.port).",
                c => c.Daemon.Port, (c, v) => c with { Daemon = c.Daemon with { Port = (int)v } }),
            Str(s, "hostname", "Address to bind. Keep a loopback address unless you know why not: the wallet API must not be reachable from other machines.",
                c => c.Daemon.Hostname, (c, v) => c with { Daemon = c.Daemon with { Hostname = v } }, ConfigValidators.BindAddress),
            Str(s, "log_level", "Minimum log level: \"trace\", \"debug\", \"info\", \"warn\" or \"error\".",
                c => c.Daemon.LogLevel, (c, v) => c with { Daemon = c.Daemon with { LogLevel = v } },
                ConfigValidators.OneOf("trace", "debug", "info", "warn", "error")),
            Int(s, "shutdown_timeout", 1, 3600, "Seconds a graceful stop may take before it is forced.",
                c => c.Daemon.ShutdownTimeoutSeconds, (c, v) => c with { Daemon = c.Daemon with { ShutdownTimeoutSeconds = (int)v } }),
            Bool(s, "admin_ui", "Serve the web admin UI at /admin.",
                c => c.Daemon.AdminUi, (c, v) => c with { Daemon = c.Daemon with { AdminUi = v } }),
            Int(s, "admin_timeout", 60, Day, "Seconds of inactivity after which an admin UI login expires.",
                c => c.Daemon.AdminTimeoutSeconds, (c, v) => c with { Daemon = c.Daemon with { AdminTimeoutSeconds = (int)v } }),
            Bool(s, "update_check", "Ask update_feed for newer WaiaaS versions (sends only the current version as User-Agent). false = no such request is ever made.",
                c => c.Daemon.UpdateCheck, (c, v) => c with { Daemon = c.Daemon with { UpdateCheck = v } }),
            Int(s, "update_check_interval", 3600, 30 * Day, "Seconds between update checks.",
                c => c.Daemon.UpdateCheckIntervalSeconds, (c, v) => c with { Daemon = c.Daemon with { UpdateCheckIntervalSeconds = (int)v } }),
            Str(s, "update_feed", "NuGet v3 flat-container base URL asked for the versions of WaiaaS.Cli.",
                c => c.Daemon.UpdateFeed, (c, v) => c with { Daemon = c.Daemon with { UpdateFeed = v } }, ConfigValidators.HttpUrl),
        ]);
    }

    private static ConfigSection KeystoreSection()
    {
        const string s = "keystore";
        return new(s, "Argon2id cost for the master password, used when the keystore is created and stored in it (changing these later does not re-encrypt anything).",
        [
            Int(s, "argon2_memory_kib", 8192, 4_194_304, "Argon2id memory in KiB (65536 = 64 MiB).",
                c => c.Keystore.Argon2MemoryKib, (c, v) => c with { Keystore = c.Keystore with { Argon2MemoryKib = v } }),
            Int(s, "argon2_iterations", 1, 100, "Argon2id passes over memory.",
                c => c.Keystore.Argon2Iterations, (c, v) => c with { Keystore = c.Keystore with { Argon2Iterations = (int)v } }),
        ]);
    }

    private static ConfigSection DatabaseSection()
    {
        const string s = "database";
        return new(s, "The SQLite database.",
        [
            Str(s, "path", "Database file, relative to the data directory unless absolute.",
                c => c.Database.Path, (c, v) => c with { Database = c.Database with { Path = v } }, ConfigValidators.DatabasePath),
            Int(s, "busy_timeout_ms", 0, 600_000, "Milliseconds a connection waits for a lock before failing.",
                c => c.Database.BusyTimeoutMs, (c, v) => c with { Database = c.Database with { BusyTimeoutMs = (int)v } }),
            Int(s, "wal_checkpoint_interval", 10, Day, "Seconds between WAL checkpoints.",
                c => c.Database.WalCheckpointIntervalSeconds, (c, v) => c with { Database = c.Database with { WalCheckpointIntervalSeconds = (int)v } }),
        ]);
    }

    private static ConfigSection BackupSection()
    {
        const string s = "backup";
        return new(s, "Backups (pre-upgrade, pre-migration and encrypted archives).",
        [
            Int(s, "retention", 1, 100, "How many backups of each kind are kept; older ones are deleted.",
                c => c.Backup.Retention, (c, v) => c with { Backup = c.Backup with { Retention = (int)v } }),
        ]);
    }
}

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The schema gate refused to open the database; start-up must stop and show <see cref="Exception.Message"/>.
/// <see cref="Code"/> is stable: <c>SCHEMA_TOO_NEW</c>, <c>SCHEMA_TOO_OLD</c>, <c>MIGRATION_FAILED</c>,
/// <c>SCHEMA_UNRECOGNISED</c>.
/// </summary>
public sealed class SchemaGateException : Exception
{
    /// <summary>The database was written by a newer WaiaaS.</summary>
    public const string TooNew = "SCHEMA_TOO_NEW";

    /// <summary>The database is older than this build migrates.</summary>
    public const string TooOld = "SCHEMA_TOO_OLD";

    /// <summary>A migration step failed and was rolled back.</summary>
    public const string MigrationFailed = "MIGRATION_FAILED";

    /// <summary>The file is an SQLite database without a WaiaaS schema version.</summary>
    public const string Unrecognised = "SCHEMA_UNRECOGNISED";

    /// <summary>Creates the exception.</summary>
    public SchemaGateException(string code, string message, int? databaseVersion = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        DatabaseVersion = databaseVersion;
    }

    /// <summary>Creates an exception without a code (prefer the main constructor).</summary>
    public SchemaGateException()
        : this(MigrationFailed, "The schema gate refused the database.")
    {
    }

    /// <summary>Creates an exception without a code (prefer the main constructor).</summary>
    public SchemaGateException(string message)
        : this(MigrationFailed, message)
    {
    }

    /// <summary>Creates an exception without a code (prefer the main constructor).</summary>
    public SchemaGateException(string message, Exception innerException)
        : this(MigrationFailed, message, null, innerException)
    {
    }

    /// <summary>Stable code of the refusal.</summary>
    public string Code { get; }

    /// <summary>The schema version found in the database (after any steps that did succeed), if known.</summary>
    public int? DatabaseVersion { get; }

    /// <summary>For <c>MIGRATION_FAILED</c>: the step that failed (e.g. <c>2_wallet_owner_state</c>).</summary>
    public string? FailedStep { get; init; }

    /// <summary>For <c>MIGRATION_FAILED</c>: the backup taken before migrating.</summary>
    public string? BackupFile { get; init; }
}

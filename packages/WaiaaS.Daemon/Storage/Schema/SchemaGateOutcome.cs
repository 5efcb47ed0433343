namespace WaiaaS.Daemon.Storage;

/// <summary>The result of a successful <see cref="SchemaGate.Open(string, string, TimeProvider)"/>.</summary>
/// <param name="Kind">Created, up to date, or migrated.</param>
/// <param name="FromVersion">Schema found (equal to <paramref name="ToVersion"/> unless migrated; 0 when created).</param>
/// <param name="ToVersion">Schema now in the database.</param>
/// <param name="BackupFile">The pre-migration backup, when migrated.</param>
public sealed record SchemaGateOutcome(SchemaGateOutcomeKind Kind, int FromVersion, int ToVersion, string? BackupFile)
{
    /// <summary>A one-line description for the start-up log.</summary>
    public string Describe() => Kind switch
    {
        SchemaGateOutcomeKind.Created => $"database created at schema {ToVersion}",
        SchemaGateOutcomeKind.UpToDate => $"database schema {ToVersion} is up to date",
        _ => $"database migrated from schema {FromVersion} to {ToVersion} (backup: {BackupFile})",
    };
}

namespace WaiaaS.Daemon.Storage;

/// <summary>SQL shared by the latest schema and the migration steps.</summary>
internal static class SchemaSql
{
    /// <summary>Makes <c>audit_log</c> append-only in the database itself.</summary>
    public const string AuditLogTriggers = """

        CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
        END;

        CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
        END;

        """;
}

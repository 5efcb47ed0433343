namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>schema_version</c>: one per schema version applied to this database.</summary>
public sealed class SchemaVersionEntity
{
    /// <summary>Schema version number.</summary>
    public int Version { get; set; }

    /// <summary>Unix seconds.</summary>
    public long AppliedAt { get; set; }

    /// <summary>What the version (or the migration to it) did.</summary>
    public required string Description { get; set; }
}

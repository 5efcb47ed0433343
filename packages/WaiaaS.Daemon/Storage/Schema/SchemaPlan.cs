using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// Everything the gate needs to know about schemas. <see cref="Default"/> is the real one; tests build others
/// (a higher <see cref="MinCompatible"/>, a failing step).
/// </summary>
/// <param name="Latest">The schema created for new databases and migrated to.</param>
/// <param name="MinCompatible">The oldest schema migrated automatically.</param>
/// <param name="Steps">Steps 1..Latest, in order.</param>
/// <param name="CreateLatest">Creates the latest schema in an empty database (inside a transaction).</param>
/// <param name="Releases">Release lines, for the too-old instructions.</param>
internal sealed record SchemaPlan(
    int Latest,
    int MinCompatible,
    IReadOnlyList<SchemaMigrationStep> Steps,
    Action<SqliteConnection, SqliteTransaction> CreateLatest,
    IReadOnlyList<SchemaRelease> Releases)
{
    public static SchemaPlan Default { get; } = new(
        SchemaVersions.Latest,
        SchemaVersions.MinCompatible,
        SchemaMigrations.Steps,
        LatestSchema.Create,
        SchemaReleases.All);

    public SchemaMigrationStep StepTo(int version) =>
        Steps.SingleOrDefault(s => s.Version == version)
        ?? throw new InvalidOperationException($"No migration step produces schema {version}.");
}

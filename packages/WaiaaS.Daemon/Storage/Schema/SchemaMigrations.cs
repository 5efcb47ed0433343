using WaiaaS.Daemon.Storage.Migrations;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The shipped migration steps, schema 1 first; step N takes a database from N-1 to N. Steps are frozen once
/// released. To change the schema: change <see cref="WaiaasModel"/>, add a step here, raise
/// <see cref="SchemaVersions.Latest"/>, add a <see cref="SchemaReleases"/> row; the storage tests then check that
/// every older database migrates to exactly what the model creates.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigrationStep> Steps { get; } =
    [
        V001Initial.Step,
        V002WalletOwnerState.Step,
        V003PipelineState.Step,
    ];
}

using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// One schema step: takes a database from <c>Version - 1</c> to <see cref="Version"/> (step 1 creates schema 1 in
/// an empty database). Steps are frozen once shipped: never edit one, add the next.
/// </summary>
/// <param name="Version">The schema version the step produces.</param>
/// <param name="Name">Stable name used in messages, e.g. <c>2_wallet_owner_state</c>.</param>
/// <param name="Description">Stored in <c>schema_version.description</c>.</param>
/// <param name="RebuildsTables">
/// True when the step rebuilds tables other tables reference (SQLite's create-copy-drop-rename): foreign keys are
/// switched off around its transaction and <c>PRAGMA foreign_key_check</c> must pass before it commits.
/// </param>
/// <param name="Apply">Runs the step inside the transaction the migrator opened.</param>
internal sealed record SchemaMigrationStep(
    int Version,
    string Name,
    string Description,
    bool RebuildsTables,
    Action<SqliteConnection, SqliteTransaction> Apply);

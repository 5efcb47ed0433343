using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>
/// A database's schema as comparable lines, read through sqlite_master and the PRAGMAs: tables, columns
/// (name, type, notnull, default, pk), indexes (name, unique, origin, partial, columns), foreign keys
/// (columns, target, actions) and triggers (name, table, normalised SQL). Column order is ignored (a rebuilt or
/// altered table may order columns differently, which changes nothing for SQL that names its columns).
/// </summary>
internal static class SchemaSnapshot
{
    public static IReadOnlyList<string> Read(string databaseFile, bool includeTriggers = true)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Sql.Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;"))
        {
            var name = table[0]!;
            lines.Add($"table {name}");
            lines.AddRange(Sql.Rows(connection, $"PRAGMA table_info(\"{name}\");")
                .Select(c => $"  column {name}.{c[1]} type={c[2]} notnull={c[3]} default={c[4] ?? "null"} pk={c[5]}")
                .Order(StringComparer.Ordinal));
            foreach (var index in Sql.Rows(connection, $"PRAGMA index_list(\"{name}\");").OrderBy(i => i[1], StringComparer.Ordinal))
            {
                var columns = string.Join(",", Sql.Rows(connection, $"PRAGMA index_info(\"{index[1]}\");").OrderBy(c => int.Parse(c[0]!)).Select(c => c[2]));
                lines.Add($"  index {index[1]} unique={index[2]} origin={index[3]} partial={index[4]} columns={columns}");
            }

            lines.AddRange(Sql.Rows(connection, $"PRAGMA foreign_key_list(\"{name}\");")
                .Select(f => $"  fk {name}.{f[3]} -> {f[2]}.{f[4]} seq={f[1]} on_update={f[5]} on_delete={f[6]} match={f[7]}")
                .Order(StringComparer.Ordinal));
        }

        if (includeTriggers)
        {
            lines.AddRange(Sql.Rows(connection, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name;")
                .Select(t => $"trigger {t[0]} on {t[1]}: {Normalise(t[2]!)}"));
        }

        lines.AddRange(Sql.Rows(connection, "SELECT type, name FROM sqlite_master WHERE type = 'view' ORDER BY name;").Select(v => $"view {v[1]}"));
        return lines;
    }

    private static string Normalise(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

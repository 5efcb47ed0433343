using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>Direct access to a sandbox's SQLite database (read-only while a daemon may run; read-write only when stopped).</summary>
internal static class SandboxDatabase
{
    public static SqliteConnection Open(string file, bool readOnly = true)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static List<string> Strings(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static void Execute(string file, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open(file, readOnly: false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}

using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>Raw SQL on a database file, outside EF (seeding old schemas, tampering, reading back).</summary>
internal static class Sql
{
    public static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        return connection;
    }

    public static void Execute(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        Execute(connection, sql);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static List<string?[]> Rows(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        return Rows(connection, sql);
    }

    /// <summary>Every row as invariant-culture strings (null for SQL NULL).</summary>
    public static List<string?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}

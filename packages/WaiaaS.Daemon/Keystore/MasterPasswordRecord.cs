using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Keystore;

/// <summary>The <c>master_password_verifier</c> value in <c>key_value_store</c>: the KDF parameters and the HKDF verifier.</summary>
internal sealed record MasterPasswordRecord
{
    public const string Key = "master_password_verifier";

    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("kdf")] public required KdfDocument Kdf { get; init; }
    [JsonPropertyName("verifier")] public required string Verifier { get; init; }

    public static MasterPasswordRecord From(UnlockedSecrets secrets) => new()
    {
        Version = 1,
        Kdf = KdfDocument.From(secrets.Kdf),
        Verifier = Convert.ToHexStringLower(secrets.Verifier),
    };

    /// <summary>Reads the record from <c>key_value_store</c>; null before the master password is first set.</summary>
    public static MasterPasswordRecord? Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM key_value_store WHERE key = $key";
        command.Parameters.AddWithValue("$key", Key);
        return command.ExecuteScalar() is string json ? Parse(json) : null;
    }

    public string ToJson() => JsonSerializer.Serialize(this, KeystoreJsonContext.Default.MasterPasswordRecord);

    public static MasterPasswordRecord Parse(string json)
    {
        try
        {
            var record = JsonSerializer.Deserialize(json, KeystoreJsonContext.Default.MasterPasswordRecord)
                ?? throw new KeystoreFormatException("master_password_verifier is empty");
            return record.Version == 1 ? record : throw new KeystoreFormatException($"master_password_verifier version {record.Version} is not supported");
        }
        catch (JsonException e)
        {
            throw new KeystoreFormatException("master_password_verifier is not valid JSON", e);
        }
    }
}

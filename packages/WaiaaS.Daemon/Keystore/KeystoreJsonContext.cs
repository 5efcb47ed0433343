using System.Text.Json.Serialization;

namespace WaiaaS.Daemon.Keystore;

/// <summary>Source-generated JSON for keystore files and the verifier record.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(KeyFileDocument))]
[JsonSerializable(typeof(MasterPasswordRecord))]
internal sealed partial class KeystoreJsonContext : JsonSerializerContext;

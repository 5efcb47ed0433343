using System.Text.Json.Serialization;

namespace WaiaaS.Daemon.Keystore;

/// <summary>The JSON of <c>keystore/&lt;walletId&gt;.json</c> (format version 1). Binary fields are lowercase hex.</summary>
internal sealed record KeyFileDocument
{
    public const string FormatName = "waiaas-keystore";
    public const int CurrentVersion = 1;

    [JsonPropertyName("format")] public required string Format { get; init; }
    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("walletId")] public required string WalletId { get; init; }
    [JsonPropertyName("chain")] public required string Chain { get; init; }
    [JsonPropertyName("curve")] public required string Curve { get; init; }
    [JsonPropertyName("publicKey")] public required string PublicKey { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("kdf")] public required KdfDocument Kdf { get; init; }
    [JsonPropertyName("keyDerivation")] public required string KeyDerivation { get; init; }
    [JsonPropertyName("cipher")] public required string Cipher { get; init; }
    [JsonPropertyName("nonce")] public required string Nonce { get; init; }
    [JsonPropertyName("ciphertext")] public required string Ciphertext { get; init; }
    [JsonPropertyName("tag")] public required string Tag { get; init; }
    [JsonPropertyName("createdAt")] public required long CreatedAt { get; init; }
}

/// <summary>The Argon2id parameters inside a key file or the verifier record.</summary>
internal sealed record KdfDocument
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("iterations")] public required long Iterations { get; init; }
    [JsonPropertyName("memoryKib")] public required long MemoryKib { get; init; }
    [JsonPropertyName("parallelism")] public required int Parallelism { get; init; }
    [JsonPropertyName("salt")] public required string Salt { get; init; }

    public static KdfDocument From(KdfParameters parameters) => new()
    {
        Name = KdfParameters.Algorithm,
        Version = 0x13,
        Iterations = parameters.Iterations,
        MemoryKib = parameters.MemoryKib,
        Parallelism = 1,
        Salt = Convert.ToHexStringLower(parameters.Salt),
    };

    public KdfParameters ToParameters()
    {
        if (Name != KdfParameters.Algorithm || Version != 0x13 || Parallelism != 1)
        {
            throw new KeystoreFormatException($"unsupported KDF {Name} v{Version} p={Parallelism}");
        }

        return new KdfParameters(Iterations, MemoryKib, KeyFileCodec.Hex(Salt, "kdf.salt"));
    }
}

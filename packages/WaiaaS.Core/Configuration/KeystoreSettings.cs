namespace WaiaaS.Core.Configuration;

/// <summary><c>[keystore]</c>: Argon2id cost used when a keystore is created (stored in it, so later reads use the stored values).</summary>
public sealed record KeystoreSettings
{
    /// <summary>Argon2id memory in KiB.</summary>
    public long Argon2MemoryKib { get; init; } = 65536;

    /// <summary>Argon2id passes over memory.</summary>
    public int Argon2Iterations { get; init; } = 3;
}

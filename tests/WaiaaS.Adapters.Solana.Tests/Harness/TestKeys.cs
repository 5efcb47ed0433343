using System.Security.Cryptography;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>Deterministic test addresses: SHA-256 of a label (public data, not keys).</summary>
internal static class TestKeys
{
    public static SolanaAddress Address(string label) => new(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(label)));
}

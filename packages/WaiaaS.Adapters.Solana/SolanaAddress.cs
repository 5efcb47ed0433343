using System.Diagnostics.CodeAnalysis;
using WaiaaS.Adapters.Solana.Codecs;

namespace WaiaaS.Adapters.Solana;

/// <summary>A 32-byte Solana account address (an Ed25519 public key or a program-derived address), shown in base58.</summary>
public readonly struct SolanaAddress : IEquatable<SolanaAddress>
{
    /// <summary>The length of an address in bytes.</summary>
    public const int Length = 32;

    private readonly byte[]? _bytes;

    /// <summary>Creates an address from exactly 32 bytes (copied).</summary>
    public SolanaAddress(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A Solana address is {Length} bytes.", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>The raw 32 bytes (all zero for <c>default</c>, which is the System Program's address).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Length];

    /// <summary>Parses a base58 address.</summary>
    /// <exception cref="FormatException">Not base58 or not 32 bytes.</exception>
    public static SolanaAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException("The text is not a valid Solana address.");

    /// <summary>Parses a base58 address; false unless it decodes to exactly 32 bytes.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SolanaAddress address)
    {
        address = default;
        if (text is null || text.Length is < 32 or > 44 || !Base58.TryDecode(text, out var bytes) || bytes.Length != Length)
        {
            return false;
        }

        address = new SolanaAddress(bytes);
        return true;
    }

    /// <summary>Equality of the bytes.</summary>
    public static bool operator ==(SolanaAddress left, SolanaAddress right) => left.Equals(right);

    /// <summary>Inequality of the bytes.</summary>
    public static bool operator !=(SolanaAddress left, SolanaAddress right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SolanaAddress other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SolanaAddress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>The base58 form.</summary>
    public override string ToString() => Base58.Encode(Bytes);
}

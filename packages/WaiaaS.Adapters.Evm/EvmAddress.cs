using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>
/// EVM addresses: 20 bytes written as <c>0x</c> + 40 hex digits with the EIP-55 mixed-case checksum. Input in all
/// lower or all upper case carries no checksum and is accepted as is; mixed case must match the checksum.
/// </summary>
public static class EvmAddress
{
    /// <summary>Address length in bytes.</summary>
    public const int Length = 20;

    /// <summary>The EIP-55 form of a 20-byte address.</summary>
    public static string ToChecksum(ReadOnlySpan<byte> address)
    {
        if (address.Length != Length)
        {
            throw new ArgumentException($"An EVM address is {Length} bytes.", nameof(address));
        }

        var lower = Convert.ToHexStringLower(address);
        Span<byte> ascii = stackalloc byte[40];
        for (var i = 0; i < 40; i++)
        {
            ascii[i] = (byte)lower[i];
        }

        var hash = Keccak256.Hash(ascii);
        var chars = new char[42];
        chars[0] = '0';
        chars[1] = 'x';
        for (var i = 0; i < 40; i++)
        {
            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0x0F;
            chars[i + 2] = nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i];
        }

        return new string(chars);
    }

    /// <summary>The address of a 65-byte uncompressed (or 64-byte raw) secp256k1 public key.</summary>
    public static string FromPublicKey(ReadOnlySpan<byte> publicKey)
    {
        var coordinates = publicKey.Length switch
        {
            Secp256k1.PublicKeyLength when publicKey[0] == 0x04 => publicKey[1..],
            Secp256k1.PublicKeyLength - 1 => publicKey,
            _ => throw new ArgumentException("Expected a 65-byte uncompressed or 64-byte raw secp256k1 public key.", nameof(publicKey)),
        };
        var hash = Keccak256.Hash(coordinates);
        return ToChecksum(hash.AsSpan(12, Length));
    }

    /// <summary>Whether <paramref name="address"/> is <c>0x</c> + 40 hex digits and, if mixed case, checksum-valid.</summary>
    public static bool IsValid(string? address) => TryParse(address, out _);

    /// <summary>Parses an address (see <see cref="IsValid"/>) into its 20 bytes.</summary>
    public static bool TryParse(string? address, out byte[] bytes)
    {
        bytes = [];
        if (address is null || address.Length != 42 || address[0] != '0' || (address[1] != 'x' && address[1] != 'X'))
        {
            return false;
        }

        var hex = address.AsSpan(2);
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        var parsed = Convert.FromHexString(hex);
        var hasLower = hex.ContainsAnyInRange('a', 'f');
        var hasUpper = hex.ContainsAnyInRange('A', 'F');
        if (hasLower && hasUpper && !string.Equals(ToChecksum(parsed), "0x" + hex.ToString(), StringComparison.Ordinal))
        {
            return false;
        }

        bytes = parsed;
        return true;
    }

    /// <summary>Parses an address or throws a permanent <see cref="ChainException"/> with <see cref="ChainErrorCodes.InvalidAddress"/>.</summary>
    public static byte[] Parse(string? address, string role = "address") =>
        TryParse(address, out var bytes)
            ? bytes
            : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidAddress, $"The {role} is not a valid EVM address (0x + 40 hex digits, EIP-55 checksum when mixed case).");

    /// <summary>The EIP-55 form of a valid address string.</summary>
    public static string Normalize(string address) => ToChecksum(Parse(address));
}

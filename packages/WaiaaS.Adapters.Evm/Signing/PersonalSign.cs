using System.Globalization;
using System.Text;
using WaiaaS.Adapters.Evm.Crypto;

namespace WaiaaS.Adapters.Evm.Signing;

/// <summary>
/// EIP-191 version 0x45 (<c>personal_sign</c>): the signed digest is
/// <c>keccak256("\x19Ethereum Signed Message:\n" + len(message) + message)</c>, with the length in decimal ASCII.
/// </summary>
public static class PersonalSign
{
    /// <summary>The digest a wallet signs for <paramref name="message"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        var prefix = Encoding.ASCII.GetBytes("\u0019Ethereum Signed Message:\n" + message.Length.ToString(CultureInfo.InvariantCulture));
        var buffer = new byte[prefix.Length + message.Length];
        prefix.CopyTo(buffer, 0);
        message.CopyTo(buffer.AsSpan(prefix.Length));
        return Keccak256.Hash(buffer);
    }

    /// <summary>The digest for a text message (UTF-8).</summary>
    public static byte[] Hash(string message) => Hash(Encoding.UTF8.GetBytes(message));

    /// <summary>
    /// The EIP-55 address that signed <paramref name="message"/> with the 65-byte signature <c>r ‖ s ‖ v</c>
    /// (v 27/28 as wallets return it, or 0/1), or null when the signature is malformed or unrecoverable.
    /// </summary>
    public static string? RecoverAddress(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        var publicKey = Secp256k1.RecoverPublicKey(Hash(message), signature);
        return publicKey is null ? null : EvmAddress.FromPublicKey(publicKey);
    }

    /// <summary>Whether <paramref name="signature"/> over <paramref name="message"/> was made by <paramref name="address"/>.</summary>
    public static bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, string address)
    {
        if (!EvmAddress.TryParse(address, out var expected))
        {
            return false;
        }

        var recovered = RecoverAddress(message, signature);
        return recovered is not null && string.Equals(recovered, EvmAddress.ToChecksum(expected), StringComparison.Ordinal);
    }

    /// <summary>Parses a <c>0x</c>-prefixed hex signature as wallets return it; null when malformed.</summary>
    public static byte[]? ParseSignatureHex(string? hex)
    {
        if (hex is null || !hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || hex.Length != 2 + (2 * Secp256k1.SignatureLength))
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex.AsSpan(2));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

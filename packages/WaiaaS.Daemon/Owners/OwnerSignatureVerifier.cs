using System.Text;
using WaiaaS.Adapters.Evm.Signing;
using WaiaaS.Adapters.Solana;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Checks an owner's signature over a text message (SPEC §6 ownerAuth, §9 approvals).
/// <list type="bullet">
/// <item>Solana: Ed25519 over the UTF-8 bytes of the message by the key whose base58 form is the owner address. The
/// signature (64 bytes) is base58, or standard base64 with its padding (<c>==</c>). Base64 of 64 bytes always ends in
/// <c>==</c> and <c>=</c> is not a base58 digit, so the two never overlap.</item>
/// <item>EVM: EIP-191 <c>personal_sign</c> over the UTF-8 message, signature <c>0x</c> + 130 hex digits
/// (<c>r ‖ s ‖ v</c>, v 27/28 or 0/1, low-S), and the recovered address equals the owner (compared as bytes, so
/// any letter case of the owner address works).</item>
/// </list>
/// Never throws for malformed input: anything that does not parse is simply not a valid signature.
/// </summary>
public static class OwnerSignatureVerifier
{
    /// <summary>Whether <paramref name="signature"/> is <paramref name="ownerAddress"/>'s signature over <paramref name="message"/>.</summary>
    public static bool Verify(ChainType chain, string ownerAddress, string message, string signature)
    {
        if (message is null || !OwnerAddressRules.TryNormalize(chain, ownerAddress, out var owner) || !TryDecodeSignature(chain, signature, out var bytes))
        {
            return false;
        }

        var payload = Encoding.UTF8.GetBytes(message);
        return chain switch
        {
            ChainType.Solana => Ed25519.Verify(SolanaAddress.Parse(owner).Bytes, payload, bytes),
            ChainType.Ethereum => PersonalSign.Verify(payload, bytes, owner),
            _ => false,
        };
    }

    /// <summary>Decodes a signature in the chain's accepted text forms (see the class remarks).</summary>
    public static bool TryDecodeSignature(ChainType chain, string? signature, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(signature) || signature.Length > 200)
        {
            return false;
        }

        if (chain == ChainType.Ethereum)
        {
            bytes = PersonalSign.ParseSignatureHex(signature) ?? [];
            return bytes.Length == 65;
        }

        if (chain != ChainType.Solana)
        {
            return false;
        }

        if (signature.EndsWith('='))
        {
            var buffer = new byte[Ed25519.SignatureLength + 2];
            if (Convert.TryFromBase64String(signature, buffer, out var written) && written == Ed25519.SignatureLength)
            {
                bytes = buffer[..written];
                return true;
            }

            return false;
        }

        return Base58.TryDecode(signature, out bytes) && bytes.Length == Ed25519.SignatureLength;
    }
}

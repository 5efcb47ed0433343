using System.Security.Cryptography;
using System.Text;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Signing;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Tests.Owners;

/// <summary>A real owner key made in the test: secp256k1 (EIP-191 personal_sign) or Ed25519 (Solana).</summary>
internal sealed class OwnerTestKey
{
    private readonly byte[] _secret;

    private OwnerTestKey(ChainType chain, byte[] secret, string address)
    {
        Chain = chain;
        _secret = secret;
        Address = address;
    }

    public ChainType Chain { get; }

    public string Address { get; }

    public static OwnerTestKey Create(ChainType chain)
    {
        if (chain == ChainType.Solana)
        {
            var seed = RandomNumberGenerator.GetBytes(Ed25519.SeedLength);
            return new OwnerTestKey(chain, seed, Base58.Encode(Ed25519.PublicKeyFromSeed(seed)));
        }

        while (true)
        {
            var key = RandomNumberGenerator.GetBytes(Secp256k1.PrivateKeyLength);
            if (Secp256k1.IsValidPrivateKey(key))
            {
                return new OwnerTestKey(chain, key, EvmAddress.FromPublicKey(Secp256k1.DerivePublicKey(key)));
            }
        }
    }

    /// <summary>Signs as a wallet would: EVM 0x-hex with v 27/28, Solana base58.</summary>
    public string Sign(string message)
    {
        if (Chain == ChainType.Solana)
        {
            return Base58.Encode(SignBytes(message));
        }

        var signature = SignBytes(message);
        signature[64] += 27;
        return "0x" + Convert.ToHexStringLower(signature);
    }

    public byte[] SignBytes(string message) =>
        Chain == ChainType.Solana
            ? Ed25519.Sign(_secret, Encoding.UTF8.GetBytes(message))
            : Secp256k1.Sign(_secret, PersonalSign.Hash(message));

    /// <summary>The three ownerAuth headers for <paramref name="message"/> signed with this key.</summary>
    public void AddHeaders(HttpRequestMessage request, string message, string? signature = null, string? address = null)
    {
        request.Headers.Add("X-Owner-Address", address ?? Address);
        request.Headers.Add("X-Owner-Message", Convert.ToBase64String(Encoding.UTF8.GetBytes(message)));
        request.Headers.Add("X-Owner-Signature", signature ?? Sign(message));
    }
}

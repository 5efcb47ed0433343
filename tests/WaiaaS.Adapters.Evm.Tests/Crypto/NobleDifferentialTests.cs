using System.Text.Json;
using WaiaaS.Adapters.Evm.Crypto;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

/// <summary>Our Keccak-256 and secp256k1 against independent implementations, over many generated inputs.</summary>
public sealed class NobleDifferentialTests(NobleReferenceFixture reference) : IClassFixture<NobleReferenceFixture>
{
    [Fact]
    public void Keccak_EveryLengthUpTo300_MatchesNoble()
    {
        var cases = reference.Document.RootElement.GetProperty("keccak").EnumerateArray().ToList();

        Assert.Equal(301, cases.Count);
        foreach (var item in cases)
        {
            var length = item.GetProperty("length").GetInt32();
            var input = Enumerable.Range(0, length).Select(i => (byte)(((i * 7) + length) % 256)).ToArray();
            Assert.Equal(item.GetProperty("hash").GetString(), Convert.ToHexStringLower(Keccak256.Hash(input)));
        }
    }

    [Fact]
    public void PublicKeysAndAddresses_MatchNoble()
    {
        foreach (var key in Keys())
        {
            var publicKey = Secp256k1.DerivePublicKey(Hex(key, "privateKey"));

            Assert.Equal(key.GetProperty("publicKey").GetString(), Convert.ToHexStringLower(publicKey));
            Assert.Equal(key.GetProperty("address").GetString(), EvmAddress.FromPublicKey(publicKey)[2..].ToLowerInvariant());
        }
    }

    [Fact]
    public void NobleSignatures_RecoverToTheirKeys()
    {
        foreach (var key in Keys())
        {
            var signature = (byte[])[.. Hex(key, "r"), .. Hex(key, "s"), (byte)key.GetProperty("recovery").GetInt32()];

            Assert.Equal(key.GetProperty("publicKey").GetString(), Convert.ToHexStringLower(Secp256k1.RecoverPublicKey(Hex(key, "digest"), signature)!));
        }
    }

    [Fact]
    public void OurSignatures_OverNoblesDigests_RecoverToTheSameKeys()
    {
        foreach (var key in Keys())
        {
            var signature = Secp256k1.Sign(Hex(key, "privateKey"), Hex(key, "digest"));

            Assert.Equal(key.GetProperty("publicKey").GetString(), Convert.ToHexStringLower(Secp256k1.RecoverPublicKey(Hex(key, "digest"), signature)!));
        }
    }

    private List<JsonElement> Keys()
    {
        var keys = reference.Document.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(24, keys.Count);
        return keys;
    }

    private static byte[] Hex(JsonElement element, string name) => Convert.FromHexString(element.GetProperty(name).GetString()!);
}

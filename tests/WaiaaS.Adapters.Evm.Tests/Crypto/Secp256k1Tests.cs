using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using WaiaaS.Adapters.Evm.Crypto;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

public sealed class Secp256k1Tests
{
    private static readonly BigInteger HalfN = BigInteger.Parse(
        "57896044618658097711785492504343953926418782139537452191302581570759080747168");

    [Fact]
    public void DerivePublicKey_OfOne_IsTheGenerator()
    {
        var publicKey = Secp256k1.DerivePublicKey(Key("01"));

        Assert.Equal(
            "04" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                 + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
            Convert.ToHexStringLower(publicKey));
    }

    [Fact]
    public void DerivePublicKey_MatchesTheBigIntegerArithmetic()
    {
        var key = Key("4646464646464646464646464646464646464646464646464646464646464646");
        var expected = Secp256k1Math.MultiplyGenerator(Secp256k1Math.FromBytes(key))!.Value;

        var publicKey = Secp256k1.DerivePublicKey(key);

        Assert.Equal(expected.X, Secp256k1Math.FromBytes(publicKey.AsSpan(1, 32)));
        Assert.Equal(expected.Y, Secp256k1Math.FromBytes(publicKey.AsSpan(33, 32)));
        Assert.True(Secp256k1Math.IsOnCurve(expected.X, expected.Y));
    }

    [Fact]
    public void RecoverPublicKey_Eip155WorkedExample_GivesTheSender()
    {
        // EIP-155 example: signing hash, r, s and v = 37 = 0 + 1 * 2 + 35 for the key 0x4646...46.
        var hash = Convert.FromHexString("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        var r = BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846");
        var s = BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531");
        var signature = new byte[65];
        Secp256k1Math.ToBytes32(r, signature.AsSpan(0, 32));
        Secp256k1Math.ToBytes32(s, signature.AsSpan(32, 32));
        signature[64] = 0;

        var publicKey = Secp256k1.RecoverPublicKey(hash, signature);

        Assert.NotNull(publicKey);
        Assert.Equal("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F", EvmAddress.FromPublicKey(publicKey));
    }

    [Fact]
    public void Sign_ThenRecover_GivesTheSigner_WithLowS()
    {
        var key = Key("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var publicKey = Secp256k1.DerivePublicKey(key);
        for (var i = 0; i < 40; i++)
        {
            var hash = Keccak256.Hash(Encoding.ASCII.GetBytes("message " + i));

            var signature = Secp256k1.Sign(key, hash);

            Assert.Equal(65, signature.Length);
            Assert.InRange(signature[64], 0, 1);
            Assert.True(Secp256k1Math.FromBytes(signature.AsSpan(32, 32)) <= HalfN);
            Assert.Equal(publicKey, Secp256k1.RecoverPublicKey(hash, signature));
            Assert.True(VerifiesWithDotNet(publicKey, hash, signature));
        }
    }

    [Fact]
    public void Sign_RecoveryIdsBothOccur()
    {
        var key = Key("02");
        var seen = new HashSet<byte>();
        for (var i = 0; i < 64 && seen.Count < 2; i++)
        {
            seen.Add(Secp256k1.Sign(key, Keccak256.Hash(BitConverter.GetBytes(i)))[64]);
        }

        Assert.Equal(new byte[] { 0, 1 }, seen.Order().ToArray());
    }

    [Fact]
    public void RecoverPublicKey_WrongHashOrFlippedId_GivesAnotherKey()
    {
        var key = Key("03");
        var hash = Keccak256.Hash("x"u8);
        var signature = Secp256k1.Sign(key, hash);
        var publicKey = Secp256k1.DerivePublicKey(key);

        Assert.NotEqual(publicKey, Secp256k1.RecoverPublicKey(Keccak256.Hash("y"u8), signature));
        signature[64] ^= 1;
        Assert.NotEqual(publicKey, Secp256k1.RecoverPublicKey(hash, signature));
    }

    [Fact]
    public void RecoverPublicKey_HighSOrBadV_IsRejected()
    {
        var hash = Keccak256.Hash("z"u8);
        var signature = Secp256k1.Sign(Key("05"), hash);
        var s = Secp256k1Math.FromBytes(signature.AsSpan(32, 32));
        var highS = (byte[])signature.Clone();
        Secp256k1Math.ToBytes32(Secp256k1Math.N - s, highS.AsSpan(32, 32));
        var badV = (byte[])signature.Clone();
        badV[64] = 2;
        var v27 = (byte[])signature.Clone();
        v27[64] += 27;

        Assert.Null(Secp256k1.RecoverPublicKey(hash, highS));
        Assert.Null(Secp256k1.RecoverPublicKey(hash, badV));
        Assert.Null(Secp256k1.RecoverPublicKey(hash, signature.AsSpan(0, 64)));
        Assert.Equal(Secp256k1.DerivePublicKey(Key("05")), Secp256k1.RecoverPublicKey(hash, v27));
    }

    [Theory]
    [InlineData("00")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")] // n
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void IsValidPrivateKey_OutOfRange_IsFalse(string hex)
    {
        Assert.False(Secp256k1.IsValidPrivateKey(Key(hex)));
        Assert.Throws<ArgumentException>(() => Secp256k1.DerivePublicKey(Key(hex)));
    }

    [Fact]
    public void IsValidPrivateKey_NMinusOne_IsTrue() =>
        Assert.True(Secp256k1.IsValidPrivateKey(Key("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")));

    [Fact]
    public void Sign_NonDigestPayload_Throws() =>
        Assert.Throws<ArgumentException>(() => Secp256k1.Sign(Key("01"), new byte[31]));

    internal static byte[] Key(string hex) => Convert.FromHexString(hex.PadLeft(64, '0'));

    private static bool VerifiesWithDotNet(byte[] publicKey, byte[] hash, byte[] signature)
    {
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.CreateFromFriendlyName("secp256k1"),
            Q = new ECPoint { X = publicKey[1..33], Y = publicKey[33..65] },
        });
        return ecdsa.VerifyHash(hash, signature.AsSpan(0, 64));
    }
}

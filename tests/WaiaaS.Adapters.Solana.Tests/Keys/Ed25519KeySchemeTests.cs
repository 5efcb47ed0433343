using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Adapters.Solana.Keys;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Adapters.Solana.Tests.Keys;

public sealed class Ed25519KeySchemeTests
{
    private readonly Ed25519KeyScheme _scheme = Ed25519KeyScheme.Instance;

    public static TheoryData<string, string, string, string, string> Rfc8032Vectors()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var v in VectorFile.Load("rfc8032-ed25519.json").EnumerateArray())
        {
            data.Add(
                v.GetProperty("name").GetString()!,
                v.GetProperty("secretKey").GetString()!,
                v.GetProperty("publicKey").GetString()!,
                v.GetProperty("message").GetString()!,
                v.GetProperty("signature").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void DerivePublicKey_MatchesRfc8032(string name, string secret, string publicKey, string message, string signature)
    {
        _ = (name, message, signature);
        using var seed = GuardedBuffer.CopyFrom(Convert.FromHexString(secret));

        var derived = seed.Read(s => _scheme.DerivePublicKey(s));

        Assert.Equal(publicKey, Convert.ToHexStringLower(derived));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Sign_MatchesRfc8032(string name, string secret, string publicKey, string message, string signature)
    {
        _ = (name, publicKey);
        using var seed = GuardedBuffer.CopyFrom(Convert.FromHexString(secret));
        var payload = Convert.FromHexString(message);

        var produced = seed.Read(s => _scheme.Sign(s, payload));

        Assert.Equal(signature, Convert.ToHexStringLower(produced));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_AcceptsTheVectorAndRejectsATamperedMessage(string name, string secret, string publicKey, string message, string signature)
    {
        _ = (name, secret);
        var address = Base58.Encode(Convert.FromHexString(publicKey));
        var payload = Convert.FromHexString(message);
        var sig = Convert.FromHexString(signature);
        var tampered = payload.Length == 0 ? new byte[] { 0 } : payload.ToArray();
        tampered[^1] ^= 1;

        Assert.True(Ed25519KeyScheme.Verify(address, payload, sig));
        Assert.False(Ed25519KeyScheme.Verify(address, tampered, sig));
    }

    [Fact]
    public void Rfc8032Test1024_MessageIs1023Bytes()
    {
        var vector = VectorFile.Load("rfc8032-ed25519.json").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "TEST 1024");

        Assert.Equal(1023, Convert.FromHexString(vector.GetProperty("message").GetString()!).Length);
    }

    [Fact]
    public void AddressFromPublicKey_IsBase58OfThePublicKey()
    {
        // RFC 8032 TEST 1 public key; its base58 form checked independently against the Bitcoin-alphabet definition.
        var publicKey = Convert.FromHexString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

        var address = _scheme.AddressFromPublicKey(publicKey);

        Assert.Equal("FVen3X669xLzsi6N2V91DoiyzHzg1uAgqiT8jZ9nS96Z", address);
        Assert.Equal(publicKey, Base58.Decode(address));
    }

    [Fact]
    public void Metadata_DescribesSolanaEd25519()
    {
        Assert.Equal(ChainType.Solana, _scheme.Chain);
        Assert.Equal("ed25519", _scheme.Curve);
        Assert.Equal(32, _scheme.PrivateKeyLength);
    }

    [Fact]
    public void GeneratePrivateKey_FillsDistinctSeedsThatSignAndVerify()
    {
        using var first = GuardedBuffer.Allocate(32);
        using var second = GuardedBuffer.Allocate(32);
        first.Write(s => _scheme.GeneratePrivateKey(s));
        second.Write(s => _scheme.GeneratePrivateKey(s));
        var payload = "hello solana"u8.ToArray();

        var firstAddress = first.Read(s => _scheme.AddressFromPublicKey(_scheme.DerivePublicKey(s)));
        var secondAddress = second.Read(s => _scheme.AddressFromPublicKey(_scheme.DerivePublicKey(s)));
        var signature = first.Read(s => _scheme.Sign(s, payload));

        Assert.NotEqual(firstAddress, secondAddress);
        Assert.True(Ed25519KeyScheme.Verify(firstAddress, payload, signature));
        Assert.False(Ed25519KeyScheme.Verify(secondAddress, payload, signature));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(64)]
    public void WrongKeyLengths_AreRejected(int length)
    {
        var key = new byte[length];

        Assert.Throws<ArgumentException>(() => _scheme.DerivePublicKey(key));
        Assert.Throws<ArgumentException>(() => _scheme.Sign(key, [1]));
        Assert.Throws<ArgumentException>(() => _scheme.AddressFromPublicKey(key));
    }
}

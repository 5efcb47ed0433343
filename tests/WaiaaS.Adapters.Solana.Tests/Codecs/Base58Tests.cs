using WaiaaS.Adapters.Solana.Codecs;

namespace WaiaaS.Adapters.Solana.Tests.Codecs;

public sealed class Base58Tests
{
    public static TheoryData<string, string> BitcoinCoreVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in VectorFile.Load("base58-encode-decode.json").EnumerateArray())
        {
            data.Add(pair[0].GetString()!, pair[1].GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BitcoinCoreVectors))]
    public void Encode_MatchesBitcoinCoreVector(string hex, string expected)
    {
        var bytes = Convert.FromHexString(hex);

        var encoded = Base58.Encode(bytes);

        Assert.Equal(expected, encoded);
    }

    [Theory]
    [MemberData(nameof(BitcoinCoreVectors))]
    public void Decode_MatchesBitcoinCoreVector(string hex, string text)
    {
        var decoded = Base58.Decode(text);

        Assert.Equal(hex, Convert.ToHexStringLower(decoded));
    }

    [Fact]
    public void VectorFile_HasTheWholePublishedSet()
    {
        Assert.Equal(21, VectorFile.Load("base58-encode-decode.json").GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("O")]
    [InlineData("I")]
    [InlineData("l")]
    [InlineData("3mJr0")]
    [InlineData("abc!")]
    [InlineData(" 2g")]
    [InlineData("2g\n")]
    [InlineData("é")]
    public void TryDecode_RejectsCharactersOutsideTheAlphabet(string text)
    {
        var ok = Base58.TryDecode(text, out _);

        Assert.False(ok);
        Assert.Throws<FormatException>(() => Base58.Decode(text));
    }

    [Fact]
    public void SystemProgramId_IsThirtyTwoZeroBytes()
    {
        var bytes = Base58.Decode("11111111111111111111111111111111");

        Assert.Equal(new byte[32], bytes);
        Assert.Equal("11111111111111111111111111111111", Base58.Encode(new byte[32]));
    }

    [Fact]
    public void RoundTrip_RandomBuffersWithLeadingZeros()
    {
        var random = new Random(1234);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 70)];
            random.NextBytes(bytes);
            var zeros = random.Next(0, Math.Min(5, bytes.Length + 1));
            bytes.AsSpan(0, zeros).Clear();

            var back = Base58.Decode(Base58.Encode(bytes));

            Assert.Equal(bytes, back);
        }
    }
}

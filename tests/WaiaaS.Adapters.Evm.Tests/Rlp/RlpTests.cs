using System.Numerics;
using System.Text;
using WaiaaS.Adapters.Evm.Rlp;

namespace WaiaaS.Adapters.Evm.Tests.Rlp;

public sealed class RlpTests
{
    // Examples from the RLP specification (ethereum.org "Recursive-length prefix" page / yellow paper appendix B)
    // and the ethereum/tests RLPTests/rlptest.json fixtures.
    [Theory]
    [InlineData("dog", "83646f67")]
    [InlineData("", "80")]
    [InlineData("\u000f", "0f")]
    [InlineData("\u0000", "00")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing elit",
        "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974")]
    public void EncodeBytes_SpecExamples(string text, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(RlpEncoder.EncodeBytes(Encoding.ASCII.GetBytes(text))));

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "0f")]
    [InlineData(127, "7f")]
    [InlineData(128, "8180")]
    [InlineData(1024, "820400")]
    [InlineData(100000, "830186a0")]
    public void EncodeInteger_SpecExamples(long value, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(RlpEncoder.EncodeInteger(value)));

    [Fact]
    public void EncodeInteger_BigInt_FromEthereumTests() =>
        Assert.Equal(
            "a1010000000000000000000000000000000000000000000000000000000000000000",
            Convert.ToHexStringLower(RlpEncoder.EncodeInteger(BigInteger.One << 256)));

    [Fact]
    public void EncodeList_CatDog() =>
        Assert.Equal("c88363617483646f67", Hex(RlpEncoder.EncodeList(Str("cat"), Str("dog"))));

    [Fact]
    public void EncodeList_Empty() => Assert.Equal("c0", Hex(RlpEncoder.EncodeList()));

    [Fact]
    public void EncodeList_SetTheoreticalThree()
    {
        // [ [], [[]], [ [], [[]] ] ]
        var empty = RlpEncoder.EncodeList();
        var one = RlpEncoder.EncodeList(empty);
        var three = RlpEncoder.EncodeList(empty, one, RlpEncoder.EncodeList(empty, one));

        Assert.Equal("c7c0c1c0c3c0c1c0", Hex(three));
    }

    [Fact]
    public void EncodeList_LongerThan55Bytes_UsesTheLongForm()
    {
        var inner = RlpEncoder.EncodeList(Str("asdf"), Str("qwer"), Str("zxcv"));
        var encoded = RlpEncoder.EncodeList(inner, inner, inner, inner);

        Assert.Equal(
            "f840" + string.Concat(Enumerable.Repeat("cf84617364668471776572847a786376", 4)),
            Hex(encoded));
    }

    [Fact]
    public void EncodeBytes_1024Bytes_UsesTwoLengthBytes()
    {
        var encoded = RlpEncoder.EncodeBytes(new byte[1024]);

        Assert.Equal("b90400", Hex(encoded[..3]));
        Assert.Equal(1027, encoded.Length);
    }

    [Theory]
    [InlineData("83646f67")]
    [InlineData("c88363617483646f67")]
    [InlineData("c7c0c1c0c3c0c1c0")]
    [InlineData("80")]
    [InlineData("c0")]
    [InlineData("b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974")]
    public void Decode_ThenEncode_RoundTrips(string hex) =>
        Assert.Equal(hex, Hex(RlpEncoder.Encode(RlpDecoder.Decode(Convert.FromHexString(hex)))));

    [Fact]
    public void Decode_CatDog_GivesTwoStrings()
    {
        var item = RlpDecoder.Decode(Convert.FromHexString("c88363617483646f67"));

        Assert.True(item.IsList);
        Assert.Equal(["cat", "dog"], item.Items.Select(i => Encoding.ASCII.GetString(i.Bytes)));
        Assert.Equal(1024, (int)RlpDecoder.Decode(Convert.FromHexString("820400")).AsBigInteger());
    }

    [Theory]
    [InlineData("")] // nothing
    [InlineData("8100")] // single byte below 0x80 wrapped
    [InlineData("b800")] // long form for a short string
    [InlineData("b90000")] // length with a leading zero
    [InlineData("83646f")] // truncated
    [InlineData("83646f6700")] // trailing byte
    [InlineData("c3836361")] // list payload truncated
    [InlineData("f8")] // length of length missing
    public void Decode_InvalidOrNonCanonical_Throws(string hex) =>
        Assert.Throws<FormatException>(() => RlpDecoder.Decode(Convert.FromHexString(hex)));

    [Fact]
    public void AsBigInteger_LeadingZero_Throws() =>
        Assert.Throws<FormatException>(() => RlpDecoder.Decode(Convert.FromHexString("820001")).AsBigInteger());

    private static byte[] Str(string text) => RlpEncoder.EncodeBytes(Encoding.ASCII.GetBytes(text));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

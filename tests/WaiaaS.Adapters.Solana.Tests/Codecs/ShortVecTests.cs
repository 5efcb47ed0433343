using WaiaaS.Adapters.Solana.Codecs;

namespace WaiaaS.Adapters.Solana.Tests.Codecs;

public sealed class ShortVecTests
{
    // The compact-u16 table from the Solana documentation (transactions: compact-array format).
    [Theory]
    [InlineData(0x0000, "00")]
    [InlineData(0x007f, "7f")]
    [InlineData(0x0080, "8001")]
    [InlineData(0x00ff, "ff01")]
    [InlineData(0x0100, "8002")]
    [InlineData(0x07ff, "ff0f")]
    [InlineData(0x3fff, "ff7f")]
    [InlineData(0x4000, "808001")]
    [InlineData(0xffff, "ffff03")]
    public void Encode_AndRead_MatchTheDocumentedTable(int value, string hex)
    {
        var encoded = ShortVec.Encode(value);
        var offset = 0;
        var ok = ShortVec.TryRead(encoded, ref offset, out var read);

        Assert.Equal(hex, Convert.ToHexStringLower(encoded));
        Assert.True(ok);
        Assert.Equal(value, read);
        Assert.Equal(encoded.Length, offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("80")]
    [InlineData("8080")]
    [InlineData("ffff04")]
    [InlineData("8000")]
    [InlineData("808000")]
    [InlineData("80808001")]
    public void TryRead_RejectsTruncatedOverflowingOrNonCanonical(string hex)
    {
        var offset = 0;

        var ok = ShortVec.TryRead(Convert.FromHexString(hex), ref offset, out _);

        Assert.False(ok);
        Assert.Equal(0, offset);
    }

    [Fact]
    public void Encode_RejectsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortVec.Encode(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortVec.Encode(0x10000));
    }

    [Fact]
    public void RoundTrip_EveryValue()
    {
        for (var value = 0; value <= ShortVec.MaxValue; value++)
        {
            var encoded = ShortVec.Encode(value);
            var offset = 0;
            Assert.True(ShortVec.TryRead(encoded, ref offset, out var read));
            Assert.Equal(value, read);
        }
    }
}

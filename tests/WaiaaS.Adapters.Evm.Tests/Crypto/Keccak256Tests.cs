using System.Text;
using WaiaaS.Adapters.Evm.Crypto;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

public sealed class Keccak256Tests
{
    // Keccak-256 (original padding) known answers as published with the Keccak submission and repeated in the
    // Ethereum yellow paper / web3 tooling: the empty string is the famous "c5d246..." empty-code hash.
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "45d3b367a6904e6e8d502ee04999a7c27647f91fa845d456525fd352ae3d7371")]
    [InlineData(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "f519747ed599024f3882238e5ab43960132572b7345fbeb9a90769dafd21ad67")]
    public void Hash_PublishedVectors_Match(string input, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(input))));

    [Fact]
    public void Hash_OneMillionA_SpansThousandsOfBlocks() =>
        Assert.Equal(
            "fadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96",
            Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(new string('a', 1_000_000)))));

    // Lengths around the 136-byte rate (padding in the same block, a block of its own, two full blocks);
    // expected values cross-checked with @noble/hashes 1.8.0 keccak_256.
    [Theory]
    [InlineData(135, "34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446")]
    [InlineData(136, "a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e")]
    [InlineData(137, "d869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39")]
    [InlineData(272, "cf7fcd4f705ee749930d19ca84561a9bf62516bd90a471545fa2f49fdc7e63c8")]
    public void Hash_AroundTheRateBoundary_Matches(int length, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(new string('a', length)))));

    [Fact]
    public void Hash_IsNotSha3()
    {
        var sha3 = System.Security.Cryptography.SHA3_256.IsSupported ? System.Security.Cryptography.SHA3_256.HashData([]) : null;
        var keccak = Keccak256.Hash([]);
        if (sha3 is not null)
        {
            Assert.NotEqual(sha3, keccak);
        }

        Assert.Equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Convert.ToHexStringLower(keccak));
    }

    [Fact]
    public void Hash_IntoShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => Keccak256.Hash([1, 2, 3], new byte[31]));
}

using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

public sealed class EvmAddressTests
{
    // The test cases listed in the EIP-55 text (all caps, all lower, normal).
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void IsValid_Eip55Examples_AreValid(string address) => Assert.True(EvmAddress.IsValid(address));

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void ToChecksum_Eip55Examples_ReproduceTheMixedCase(string address) =>
        Assert.Equal(address, EvmAddress.ToChecksum(Convert.FromHexString(address[2..])));

    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77", "0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    public void Normalize_ReturnsTheChecksumForm(string input, string expected) =>
        Assert.Equal(expected, EvmAddress.Normalize(input));

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")] // last letter's case flipped
    [InlineData("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")] // second letter's case flipped
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")] // 39 digits
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd")] // 41 digits
    [InlineData("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00")] // no 0x
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")] // not hex
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_BadInput_IsRejected(string? address) => Assert.False(EvmAddress.IsValid(address));

    [Fact]
    public void Parse_BadChecksum_ThrowsPermanentInvalidAddress()
    {
        var error = Assert.Throws<ChainException>(() => EvmAddress.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "recipient"));
        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Equal(ChainErrorCodes.InvalidAddress, error.Code);
        Assert.Contains("recipient", error.Message);
    }
}

using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.Tests.Owners;

public class OwnerAddressRulesTests
{
    [Theory]
    [InlineData(ChainType.Ethereum, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")]
    [InlineData(ChainType.Ethereum, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")]
    [InlineData(ChainType.Solana, "11111111111111111111111111111111", "11111111111111111111111111111111")]
    [InlineData(ChainType.Solana, "So11111111111111111111111111111111111111112", "So11111111111111111111111111111111111111112")]
    public void Validate_AcceptsAndNormalizes(ChainType chain, string input, string expected)
    {
        var result = OwnerAddressRules.Validate(chain, input);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData(ChainType.Ethereum, null)]
    [InlineData(ChainType.Ethereum, "")]
    [InlineData(ChainType.Ethereum, "0x2c7536E3605D9C16a7a3D7b1898e529396a65C23")] // mixed case with a wrong checksum
    [InlineData(ChainType.Ethereum, "2c7536e3605d9c16a7a3d7b1898e529396a65c23")]
    [InlineData(ChainType.Ethereum, " 0x2c7536e3605d9c16a7a3d7b1898e529396a65c23")]
    [InlineData(ChainType.Solana, "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23")]
    [InlineData(ChainType.Solana, "So1111111111111111111111111111111111111111")] // not 32 bytes
    [InlineData(ChainType.Solana, "So1111111111111111111111111111111111111111O")] // 'O' is not base58
    public void Validate_RefusesWithTheCode(ChainType chain, string? input)
    {
        var result = OwnerAddressRules.Validate(chain, input);

        Assert.False(result.Succeeded);
        Assert.Equal("INVALID_OWNER_ADDRESS", result.Failure.Error.Code);
    }
}

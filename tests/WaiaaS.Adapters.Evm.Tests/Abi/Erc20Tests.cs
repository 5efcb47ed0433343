using System.Numerics;
using System.Text;
using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Abi;

public sealed class Erc20Tests
{
    private const string Recipient = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    // Selectors as listed in the ERC-20 standard's ABI (widely published 4-byte signatures), and recomputed here.
    [Theory]
    [InlineData("transfer(address,uint256)", "a9059cbb")]
    [InlineData("approve(address,uint256)", "095ea7b3")]
    [InlineData("transferFrom(address,address,uint256)", "23b872dd")]
    [InlineData("balanceOf(address)", "70a08231")]
    [InlineData("allowance(address,address)", "dd62ed3e")]
    [InlineData("decimals()", "313ce567")]
    [InlineData("symbol()", "95d89b41")]
    public void Selectors_AreKeccakOfTheSignature(string signature, string selector)
    {
        Assert.Equal(selector, Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(signature))[..4]));
        var ours = signature switch
        {
            "transfer(address,uint256)" => Erc20.TransferSelector.ToArray(),
            "approve(address,uint256)" => Erc20.ApproveSelector.ToArray(),
            "transferFrom(address,address,uint256)" => Erc20.TransferFromSelector.ToArray(),
            "balanceOf(address)" => Erc20.BalanceOfSelector.ToArray(),
            "allowance(address,address)" => Erc20.AllowanceSelector.ToArray(),
            "decimals()" => Erc20.DecimalsSelector.ToArray(),
            _ => Erc20.SymbolSelector.ToArray(),
        };
        Assert.Equal(selector, Convert.ToHexStringLower(ours));
    }

    [Fact]
    public void EncodeTransfer_IsSelectorAddressAmount()
    {
        var data = Erc20.EncodeTransfer(Recipient, 1000);

        Assert.Equal(
            "a9059cbb"
            + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
            + "00000000000000000000000000000000000000000000000000000000000003e8",
            Convert.ToHexStringLower(data));
    }

    [Fact]
    public void EncodeApprove_MaxUint_RoundTripsThroughTryDecodeCall()
    {
        var max = (BigInteger.One << 256) - 1;

        var call = Erc20.TryDecodeCall(Erc20.EncodeApprove(Recipient, max));

        Assert.Equal(new Erc20Call(Erc20CallKind.Approve, null, Recipient, max), call);
    }

    [Fact]
    public void TryDecodeCall_Transfer_GivesRecipientAndAmount() =>
        Assert.Equal(new Erc20Call(Erc20CallKind.Transfer, null, Recipient, 5), Erc20.TryDecodeCall(Erc20.EncodeTransfer(Recipient, 5)));

    [Theory]
    [InlineData("")]
    [InlineData("a9059c")]
    [InlineData("a9059cbb00")] // truncated arguments
    [InlineData("12345678" + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8" + "0000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("a9059cbb" + "ff000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8" + "0000000000000000000000000000000000000000000000000000000000000001")] // dirty address word
    public void TryDecodeCall_OtherData_IsNull(string hex) => Assert.Null(Erc20.TryDecodeCall(Convert.FromHexString(hex)));

    [Fact]
    public void EncodeBalanceOfAndAllowance_PadAddresses()
    {
        Assert.Equal("70a08231" + "000000000000000000000000" + "70997970c51812dc3a010c7d01b50e0d17dc79c8", Convert.ToHexStringLower(Erc20.EncodeBalanceOf(Recipient)));
        Assert.Equal(68, Erc20.EncodeAllowance(Recipient, Recipient).Length);
        Assert.Equal("313ce567", Convert.ToHexStringLower(Erc20.EncodeDecimals()));
        Assert.Equal("95d89b41", Convert.ToHexStringLower(Erc20.EncodeSymbol()));
    }

    [Fact]
    public void Encode_BadAddressOrNegativeAmount_Throws()
    {
        var error = Assert.Throws<ChainException>(() => Erc20.EncodeTransfer("0x1234", 1));
        Assert.Equal(ChainErrorCodes.InvalidAddress, error.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => Erc20.EncodeTransfer(Recipient, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Erc20.EncodeTransfer(Recipient, BigInteger.One << 256));
    }

    [Fact]
    public void DecodeSymbol_DynamicString()
    {
        var result = Convert.FromHexString(
            "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000004"
            + "5445535400000000000000000000000000000000000000000000000000000000");

        Assert.Equal("TEST", Erc20.DecodeSymbol(result));
    }

    [Fact]
    public void DecodeSymbol_Bytes32_IsTrimmed() =>
        Assert.Equal("MKR", Erc20.DecodeSymbol(Convert.FromHexString("4d4b520000000000000000000000000000000000000000000000000000000000")));

    [Fact]
    public void DecodeSymbol_LengthPastTheData_Throws() =>
        Assert.Throws<FormatException>(() => Erc20.DecodeSymbol(Convert.FromHexString(
            "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000040"
            + "5445535400000000000000000000000000000000000000000000000000000000")));

    [Fact]
    public void DecodeDecimalsAndUint()
    {
        Assert.Equal(18, Erc20.DecodeDecimals(AbiCodec.UintWord(18)));
        Assert.Equal(new BigInteger(123456789), Erc20.DecodeUint(AbiCodec.UintWord(123456789)));
        Assert.Throws<FormatException>(() => Erc20.DecodeDecimals(AbiCodec.UintWord(256)));
        Assert.Throws<FormatException>(() => Erc20.DecodeUint(new byte[31]));
    }
}

using System.Numerics;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Rlp;
using WaiaaS.Adapters.Evm.Tests.Crypto;
using WaiaaS.Adapters.Evm.Transactions;

namespace WaiaaS.Adapters.Evm.Tests.Transactions;

public sealed class Eip1559Tests
{
    private static readonly EvmTransaction Transfer = new()
    {
        Type = EvmTransactionType.Eip1559,
        ChainId = 31337,
        Nonce = 7,
        MaxPriorityFeePerGas = 1_000_000_000,
        MaxFeePerGas = 30_000_000_000,
        GasLimit = 21000,
        To = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        Value = BigInteger.Parse("1500000000000000000"),
        Data = new byte[] { 0xde, 0xad },
    };

    [Fact]
    public void EncodeForSigning_IsTypeTwoThenTheNineFields()
    {
        var encoded = EvmTransactionEncoder.EncodeForSigning(Transfer);

        Assert.Equal(0x02, encoded[0]);
        var fields = RlpDecoder.Decode(encoded.AsSpan(1)).Items;
        Assert.Equal(9, fields.Count);
        Assert.Equal(31337UL, fields[0].AsUInt64());
        Assert.Equal(7UL, fields[1].AsUInt64());
        Assert.Equal(1_000_000_000UL, fields[2].AsUInt64());
        Assert.Equal(30_000_000_000UL, fields[3].AsUInt64());
        Assert.Equal(21000UL, fields[4].AsUInt64());
        Assert.Equal("70997970c51812dc3a010c7d01b50e0d17dc79c8", Convert.ToHexStringLower(fields[5].Bytes));
        Assert.Equal(Transfer.Value, fields[6].AsBigInteger());
        Assert.Equal("dead", Convert.ToHexStringLower(fields[7].Bytes));
        Assert.Empty(fields[8].Items);
    }

    [Fact]
    public void SignedTransaction_DecodesToTheSameFieldsAndSender()
    {
        var key = Secp256k1Tests.Key("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var signature = Secp256k1.Sign(key, EvmTransactionEncoder.SigningHash(Transfer));

        var raw = EvmTransactionEncoder.EncodeSigned(Transfer, signature);
        var decoded = EvmTransactionDecoder.Decode(raw);

        Assert.Equal(Transfer.Data.ToArray(), decoded.Transaction.Data.ToArray());
        Assert.Equal(Transfer with { Data = decoded.Transaction.Data }, decoded.Transaction);
        Assert.Equal(signature, decoded.Signature);
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", decoded.From);
        Assert.Equal(EvmTransactionEncoder.TransactionHash(raw), decoded.Hash);
    }

    [Fact]
    public void ContractCreation_HasAnEmptyRecipient()
    {
        var create = Transfer with { To = null };

        var decoded = EvmTransactionDecoder.Decode(EvmTransactionEncoder.EncodeForSigning(create));

        Assert.Null(decoded.Transaction.To);
        Assert.Null(decoded.From);
    }

    [Theory]
    [InlineData("01c0")] // EIP-2930 is not supported
    [InlineData("02c0")] // no fields
    [InlineData("")]
    [InlineData("c3010203")] // legacy with three fields
    public void Decode_Unsupported_Throws(string hex) =>
        Assert.Throws<FormatException>(() => EvmTransactionDecoder.Decode(Convert.FromHexString(hex)));
}

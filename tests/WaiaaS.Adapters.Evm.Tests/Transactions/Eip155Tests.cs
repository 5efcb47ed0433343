using System.Numerics;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Tests.Crypto;
using WaiaaS.Adapters.Evm.Transactions;

namespace WaiaaS.Adapters.Evm.Tests.Transactions;

public sealed class Eip155Tests
{
    // The worked example in the EIP-155 text.
    private const string SigningData = "ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
    private const string SigningHash = "daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
    private const string SignedRaw =
        "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    private static readonly EvmTransaction Example = new()
    {
        Type = EvmTransactionType.Legacy,
        ChainId = 1,
        Nonce = 9,
        GasPrice = 20_000_000_000,
        GasLimit = 21000,
        To = "0x3535353535353535353535353535353535353535",
        Value = BigInteger.Pow(10, 18),
    };

    [Fact]
    public void EncodeForSigning_MatchesTheEip() =>
        Assert.Equal(SigningData, Convert.ToHexStringLower(EvmTransactionEncoder.EncodeForSigning(Example)));

    [Fact]
    public void SigningHash_MatchesTheEip() =>
        Assert.Equal(SigningHash, Convert.ToHexStringLower(EvmTransactionEncoder.SigningHash(Example)));

    [Fact]
    public void EncodeSigned_WithTheEipSignature_GivesTheEipRawTransaction()
    {
        var signature = new byte[65];
        Secp256k1Math.ToBytes32(BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846"), signature.AsSpan(0, 32));
        Secp256k1Math.ToBytes32(BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531"), signature.AsSpan(32, 32));
        signature[64] = 0; // v = 37 = 0 + 2 * 1 + 35

        Assert.Equal(SignedRaw, Convert.ToHexStringLower(EvmTransactionEncoder.EncodeSigned(Example, signature)));
    }

    [Fact]
    public void Decode_TheEipRawTransaction_GivesTheFieldsAndTheSender()
    {
        var decoded = EvmTransactionDecoder.Decode(Convert.FromHexString(SignedRaw));

        Assert.Equal(Example with { Data = decoded.Transaction.Data }, decoded.Transaction);
        Assert.True(decoded.Transaction.Data.IsEmpty);
        Assert.Equal("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F", decoded.From);
        Assert.Equal("0x" + Convert.ToHexStringLower(Keccak256.Hash(Convert.FromHexString(SignedRaw))), decoded.Hash);
    }

    [Fact]
    public void Sign_WithTheEipKey_RecoversTheSameSender()
    {
        var key = Secp256k1Tests.Key("4646464646464646464646464646464646464646464646464646464646464646");
        var signature = Secp256k1.Sign(key, EvmTransactionEncoder.SigningHash(Example));

        var raw = EvmTransactionEncoder.EncodeSigned(Example, signature);
        var decoded = EvmTransactionDecoder.Decode(raw);

        Assert.Equal("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F", decoded.From);
        Assert.Equal(1UL, decoded.Transaction.ChainId);
    }

    [Fact]
    public void Decode_TheSigningForm_IsUnsignedWithTheChainId()
    {
        var decoded = EvmTransactionDecoder.Decode(Convert.FromHexString(SigningData));

        Assert.Null(decoded.Signature);
        Assert.Null(decoded.From);
        Assert.Equal(1UL, decoded.Transaction.ChainId);
        Assert.Equal(9UL, decoded.Transaction.Nonce);
    }
}

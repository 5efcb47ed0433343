using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.Tests.Owners;

public class OwnerSignatureVerifierTests
{
    // web3.js documentation: web3.eth.accounts.sign('Some data', '0x4c0883a6…') → this signer and signature (v = 0x1c).
    private const string Web3Signer = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";
    private const string Web3Signature =
        "0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c";

    // RFC 8032 §7.1 TEST 2: public key, the one-byte message 0x72 ("r") and its signature.
    private const string Rfc8032PublicKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Rfc8032Signature =
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    [Fact]
    public void Evm_PublishedPersonalSignExample_VerifiesForTheSignerInAnyCase()
    {
        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Ethereum, Web3Signer, "Some data", Web3Signature));
        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Ethereum, Web3Signer.ToLowerInvariant(), "Some data", Web3Signature));
        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Ethereum, "0x" + Web3Signer[2..].ToUpperInvariant(), "Some data", Web3Signature));
        Assert.False(OwnerSignatureVerifier.Verify(ChainType.Ethereum, Web3Signer, "Some datA", Web3Signature));
    }

    [Fact]
    public void Solana_Rfc8032Vector_VerifiesAsBase58AndBase64()
    {
        var owner = Base58.Encode(Convert.FromHexString(Rfc8032PublicKey));
        var signature = Convert.FromHexString(Rfc8032Signature);

        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Solana, owner, "r", Base58.Encode(signature)));
        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Solana, owner, "r", Convert.ToBase64String(signature)));
        Assert.False(OwnerSignatureVerifier.Verify(ChainType.Solana, owner, "s", Base58.Encode(signature)));
    }

    [Theory]
    [InlineData(ChainType.Ethereum)]
    [InlineData(ChainType.Solana)]
    public void GeneratedKey_VerifiesOnlyForItsOwnAddressAndMessage(ChainType chain)
    {
        var key = OwnerTestKey.Create(chain);
        var other = OwnerTestKey.Create(chain);
        var signature = key.Sign("hello owner");

        Assert.True(OwnerSignatureVerifier.Verify(chain, key.Address, "hello owner", signature));
        Assert.False(OwnerSignatureVerifier.Verify(chain, other.Address, "hello owner", signature));
        Assert.False(OwnerSignatureVerifier.Verify(chain, key.Address, "hello owner!", signature));
        Assert.False(OwnerSignatureVerifier.Verify(chain, key.Address, "hello owner", other.Sign("hello owner")));
    }

    [Fact]
    public void Evm_RecoveryIdZeroOrOne_IsAcceptedLikeTwentySevenOrTwentyEight()
    {
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var raw = key.SignBytes("m");

        Assert.InRange(raw[64], 0, 1);
        Assert.True(OwnerSignatureVerifier.Verify(ChainType.Ethereum, key.Address, "m", "0x" + Convert.ToHexString(raw)));
    }

    [Theory]
    [InlineData(ChainType.Ethereum, "")]
    [InlineData(ChainType.Ethereum, "0x1234")]
    [InlineData(ChainType.Ethereum, "not hex at all")]
    [InlineData(ChainType.Solana, "")]
    [InlineData(ChainType.Solana, "0OIl")]
    [InlineData(ChainType.Solana, "AAAA==")]
    [InlineData(ChainType.Solana, "3yZe7d")]
    public void MalformedSignature_IsNotValid(ChainType chain, string signature)
    {
        var key = OwnerTestKey.Create(chain);

        Assert.False(OwnerSignatureVerifier.Verify(chain, key.Address, "m", signature));
    }

    [Fact]
    public void MalformedOwnerAddress_IsNotValid()
    {
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var signature = key.Sign("m");

        Assert.False(OwnerSignatureVerifier.Verify(ChainType.Ethereum, key.Address[..^1], "m", signature));
        Assert.False(OwnerSignatureVerifier.Verify(ChainType.Solana, key.Address, "m", signature));
    }
}

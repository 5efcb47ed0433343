using System.Text;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Signing;
using WaiaaS.Adapters.Evm.Tests.Crypto;

namespace WaiaaS.Adapters.Evm.Tests.Signing;

public sealed class PersonalSignTests
{
    // web3.js documentation, web3.eth.accounts.sign('Some data', '0x4c0883a6...'): message hash and signature.
    private const string Signature =
        "0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c";

    private const string Signer = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";

    [Fact]
    public void Hash_PublishedExample_Matches() =>
        Assert.Equal("1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655", Convert.ToHexStringLower(PersonalSign.Hash("Some data")));

    [Fact]
    public void RecoverAddress_PublishedExample_GivesTheSigner()
    {
        var signature = PersonalSign.ParseSignatureHex(Signature)!;

        Assert.Equal(Signer, PersonalSign.RecoverAddress("Some data"u8, signature));
        Assert.True(PersonalSign.Verify("Some data"u8, signature, Signer));
        Assert.True(PersonalSign.Verify("Some data"u8, signature, Signer.ToLowerInvariant()));
    }

    [Fact]
    public void Verify_OtherMessageOrAddress_IsFalse()
    {
        var signature = PersonalSign.ParseSignatureHex(Signature)!;

        Assert.False(PersonalSign.Verify("Some datA"u8, signature, Signer));
        Assert.False(PersonalSign.Verify("Some data"u8, signature, "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"));
        Assert.False(PersonalSign.Verify("Some data"u8, signature, "not an address"));
        Assert.False(PersonalSign.Verify("Some data"u8, signature.AsSpan(0, 64), Signer));
    }

    [Fact]
    public void OwnSignature_WithWalletStyleV_Verifies()
    {
        var key = Secp256k1Tests.Key("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var message = Encoding.UTF8.GetBytes("approve tx 42 — ünïcödé");
        var signature = Secp256k1.Sign(key, PersonalSign.Hash(message));
        signature[64] += 27;

        Assert.True(PersonalSign.Verify(message, signature, Signer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("b91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c")]
    [InlineData("0xzz1467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c")]
    [InlineData("0x1234")]
    public void ParseSignatureHex_Malformed_IsNull(string? hex) => Assert.Null(PersonalSign.ParseSignatureHex(hex));
}

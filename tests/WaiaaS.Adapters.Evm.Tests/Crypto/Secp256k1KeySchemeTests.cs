using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Core.Chains;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

public sealed class Secp256k1KeySchemeTests
{
    private readonly Secp256k1KeyScheme _scheme = new();

    // Private key → address pairs: keys 1, 2, 3 (widely published), Anvil/Hardhat dev account 0, and the EIP-155
    // example key 0x4646...46 (its sender address).
    [Theory]
    [InlineData("01", "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf")]
    [InlineData("02", "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF")]
    [InlineData("03", "0x6813Eb9362372EEF6200f3b1dbC3f819671cBA69")]
    [InlineData("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [InlineData("4646464646464646464646464646464646464646464646464646464646464646", "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F")]
    public void AddressFromPublicKey_KnownKeys_GiveKnownAddresses(string privateKey, string address)
    {
        var publicKey = _scheme.DerivePublicKey(Secp256k1Tests.Key(privateKey));

        Assert.Equal(65, publicKey.Length);
        Assert.Equal(address, _scheme.AddressFromPublicKey(publicKey));
    }

    [Fact]
    public void Describes_Ethereum_Secp256k1()
    {
        Assert.Equal(ChainType.Ethereum, _scheme.Chain);
        Assert.Equal("secp256k1", _scheme.Curve);
        Assert.Equal(32, _scheme.PrivateKeyLength);
    }

    [Fact]
    public void GeneratePrivateKey_GivesDistinctValidKeys_ThatSign()
    {
        var first = new byte[32];
        var second = new byte[32];

        _scheme.GeneratePrivateKey(first);
        _scheme.GeneratePrivateKey(second);

        Assert.True(Secp256k1.IsValidPrivateKey(first));
        Assert.True(Secp256k1.IsValidPrivateKey(second));
        Assert.NotEqual(first, second);
        var hash = Keccak256.Hash("payload"u8);
        var signature = _scheme.Sign(first, hash);
        Assert.Equal(_scheme.DerivePublicKey(first), Secp256k1.RecoverPublicKey(hash, signature));
    }

    [Fact]
    public void GeneratePrivateKey_WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => _scheme.GeneratePrivateKey(new byte[31]));
}

using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

/// <summary>A test-only signer over a throwaway key (the daemon's keystore implements the real one).</summary>
internal sealed class TestSigner : ITransactionSigner
{
    private readonly byte[] _privateKey;

    public TestSigner(byte[] privateKey)
    {
        _privateKey = privateKey;
        Address = EvmAddress.FromPublicKey(Secp256k1.DerivePublicKey(privateKey));
    }

    public ChainType Chain => ChainType.Ethereum;

    public string Address { get; }

    public static TestSigner Random()
    {
        var key = new byte[32];
        new Secp256k1KeyScheme().GeneratePrivateKey(key);
        return new TestSigner(key);
    }

    public byte[] Sign(ReadOnlySpan<byte> payload) => Secp256k1.Sign(_privateKey, payload);
}

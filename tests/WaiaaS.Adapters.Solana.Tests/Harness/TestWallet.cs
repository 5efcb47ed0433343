using WaiaaS.Adapters.Solana.Keys;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>A throwaway wallet whose seed lives in guarded memory, signing like the keystore will.</summary>
public sealed class TestWallet : ITransactionSigner, IDisposable
{
    private readonly GuardedBuffer _seed = GuardedBuffer.Random(32);

    public TestWallet()
    {
        Address = _seed.Read(s => Ed25519KeyScheme.Instance.AddressFromPublicKey(Ed25519KeyScheme.Instance.DerivePublicKey(s)));
    }

    public ChainType Chain => ChainType.Solana;

    public string Address { get; }

    public SolanaAddress Key => SolanaAddress.Parse(Address);

    public int Signatures { get; private set; }

    public byte[] Sign(ReadOnlySpan<byte> payload)
    {
        Signatures++;
        var copy = payload.ToArray();
        return _seed.Read(s => Ed25519KeyScheme.Instance.Sign(s, copy));
    }

    public void Dispose() => _seed.Dispose();
}

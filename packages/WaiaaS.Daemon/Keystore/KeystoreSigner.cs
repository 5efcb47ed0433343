using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Daemon.Keystore;

/// <summary>Signs for one wallet: the key is decrypted into guarded memory for each signature and wiped afterwards.</summary>
internal sealed class KeystoreSigner(FileKeyStore store, string walletId, IKeyScheme scheme, string address) : ITransactionSigner
{
    public ChainType Chain => scheme.Chain;

    public string Address { get; } = address;

    public byte[] Sign(ReadOnlySpan<byte> payload)
    {
        var copy = payload.ToArray();
        return store.UsePrivateKey(walletId, privateKey => scheme.Sign(privateKey, copy));
    }

    public override string ToString() => $"KeystoreSigner({walletId}, {Address})";
}

using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Core.Keys;

/// <summary>
/// Holds wallet private keys encrypted at rest (SPEC §5). Keys never leave it: callers get a public key and an
/// address when a key is created, and an <see cref="ITransactionSigner"/> to sign with.
/// </summary>
public interface IKeyStore
{
    /// <summary>Generates a key for <paramref name="walletId"/> with <paramref name="scheme"/> and stores it durably before returning.</summary>
    StoredKey Create(string walletId, IKeyScheme scheme);

    /// <summary>Whether a key file exists for the wallet.</summary>
    bool Exists(string walletId);

    /// <summary>A signer for the wallet; each signature decrypts the key into guarded memory and wipes it afterwards.</summary>
    ITransactionSigner GetSigner(string walletId, IKeyScheme scheme);

    /// <summary>Removes the wallet's key file (purge). Returns false when there was none.</summary>
    bool Delete(string walletId);
}

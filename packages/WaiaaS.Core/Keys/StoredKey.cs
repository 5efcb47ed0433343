namespace WaiaaS.Core.Keys;

/// <summary>The public facts of a newly stored key.</summary>
/// <param name="WalletId">The wallet the key belongs to.</param>
/// <param name="PublicKey">The public key bytes.</param>
/// <param name="Address">The chain address derived from the public key.</param>
public sealed record StoredKey(string WalletId, ReadOnlyMemory<byte> PublicKey, string Address);

using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Checks an owner's signature over a message (Solana Ed25519; EVM EIP-191 personal_sign).</summary>
internal interface IOwnerSignatures
{
    /// <summary>Whether <paramref name="signature"/> is <paramref name="ownerAddress"/>'s signature of <paramref name="message"/>.</summary>
    bool Verify(ChainType chain, string ownerAddress, string message, string signature);
}

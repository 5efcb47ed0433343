namespace WaiaaS.Daemon.Storage;

/// <summary>The durable EVM nonce cursor of one wallet on one network (table <c>evm_nonces</c>).</summary>
public sealed class EvmNonceEntity
{
    /// <summary>The wallet.</summary>
    public required string WalletId { get; set; }

    /// <summary>The network id (e.g. <c>ethereum-sepolia</c>).</summary>
    public required string Network { get; set; }

    /// <summary>The nonce the next transaction of this wallet on this network gets.</summary>
    public long NextNonce { get; set; }

    /// <summary>Last change (Unix seconds).</summary>
    public long UpdatedAt { get; set; }
}

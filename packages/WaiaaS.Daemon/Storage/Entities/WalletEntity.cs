using WaiaaS.Core.Chains;
using WaiaaS.Core.Wallets;

namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>wallets</c>. Rows are never deleted: purging a terminated wallet removes its key file only.</summary>
public sealed class WalletEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>Display name chosen by the operator.</summary>
    public required string Name { get; set; }

    /// <summary>Chain family, stored as its wire name (<c>solana</c>, <c>ethereum</c>).</summary>
    public ChainType Chain { get; set; }

    /// <summary>Environment, stored as its wire name (<c>testnet</c>, <c>mainnet</c>).</summary>
    public NetworkEnvironment Environment { get; set; }

    /// <summary>Public key (unique), in the chain's usual text encoding.</summary>
    public required string PublicKey { get; set; }

    /// <summary>Address (base58 for Solana, EIP-55 for EVM).</summary>
    public required string Address { get; set; }

    /// <summary>Lifecycle status, stored upper-case (<c>ACTIVE</c>, …).</summary>
    public WalletStatus Status { get; set; }

    /// <summary>Owner address, if one is registered.</summary>
    public string? OwnerAddress { get; set; }

    /// <summary>Owner state, stored upper-case (<c>NONE</c>, <c>GRACE</c>, <c>LOCKED</c>).</summary>
    public OwnerState OwnerState { get; set; }

    /// <summary>Default session constraints for this wallet (JSON object text), or null for the configured defaults.</summary>
    public string? DefaultConstraints { get; set; }

    /// <summary>When the wallet was suspended (Unix seconds), null unless suspended.</summary>
    public long? SuspendedAt { get; set; }

    /// <summary>Why the wallet was suspended (operator text or an AutoStop rule).</summary>
    public string? SuspensionReason { get; set; }

    /// <summary>When the wallet was terminated (Unix seconds).</summary>
    public long? TerminatedAt { get; set; }

    /// <summary>When the key file of the terminated wallet was removed (Unix seconds).</summary>
    public long? PurgedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}

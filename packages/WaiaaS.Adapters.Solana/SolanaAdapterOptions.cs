using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana;

/// <summary>Settings of <see cref="SolanaChainAdapter"/>.</summary>
public sealed record SolanaAdapterOptions
{
    /// <summary>RPC timeouts, retries and commitment.</summary>
    public SolanaRpcOptions Rpc { get; init; } = SolanaRpcOptions.Default;

    /// <summary>The message format built.</summary>
    public MessageVersion MessageVersion { get; init; } = MessageVersion.Legacy;

    /// <summary>Compute-unit price (micro-lamports) when a request names none; 0 adds no priority fee.</summary>
    public ulong DefaultComputeUnitPrice { get; init; }

    /// <summary>How often confirmation waits poll <c>getSignatureStatuses</c>.</summary>
    public TimeSpan ConfirmationPollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a blockhash is assumed to stay valid (150 blocks of about 400 ms) for <see cref="Core.Chains.Adapters.UnsignedTransaction.ExpiresAt"/>.</summary>
    public TimeSpan BlockhashLifetime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static SolanaAdapterOptions Default { get; } = new();
}

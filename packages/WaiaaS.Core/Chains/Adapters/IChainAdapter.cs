namespace WaiaaS.Core.Chains.Adapters;

/// <summary>
/// Everything the daemon does with one chain family (SPEC §7). Implementations are stateless apart from caches and
/// are safe to call concurrently. Every failure that comes from the chain or its RPC is a <see cref="ChainException"/>
/// classified permanent, transient or stale.
/// </summary>
public interface IChainAdapter
{
    /// <summary>The chain family this adapter serves.</summary>
    ChainType Chain { get; }

    /// <summary>Whether <paramref name="address"/> is a well-formed address on this chain (checksums included).</summary>
    bool IsValidAddress(string address);

    /// <summary>The native balance of <paramref name="address"/>.</summary>
    Task<AssetBalance> GetBalanceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken);

    /// <summary>The native balance followed by token balances (those the chain can enumerate, or those named).</summary>
    Task<IReadOnlyList<AssetBalance>> GetAssetsAsync(ChainEndpoint endpoint, string address, IReadOnlyList<string> knownTokens, CancellationToken cancellationToken);

    /// <summary>Estimates the fee of <paramref name="request"/> in the native token's base units.</summary>
    Task<FeeEstimate> EstimateFeeAsync(ChainEndpoint endpoint, TransactionRequest request, CancellationToken cancellationToken);

    /// <summary>Builds an unsigned transaction (fetching blockhash, nonce, gas and fees as needed).</summary>
    Task<UnsignedTransaction> BuildAsync(ChainEndpoint endpoint, TransactionRequest request, TransactionBuildOptions options, CancellationToken cancellationToken);

    /// <summary>Simulates a built transaction against the chain's current state.</summary>
    Task<SimulationResult> SimulateAsync(ChainEndpoint endpoint, UnsignedTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Signs a built transaction; the key stays behind <paramref name="signer"/>.</summary>
    SignedTransaction Sign(UnsignedTransaction transaction, ITransactionSigner signer);

    /// <summary>Submits a signed transaction and returns its hash / signature.</summary>
    Task<string> SubmitAsync(ChainEndpoint endpoint, SignedTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Checks once where a submitted transaction stands.</summary>
    Task<ConfirmationStatus> GetConfirmationAsync(ChainEndpoint endpoint, string transactionHash, CancellationToken cancellationToken);

    /// <summary>Polls until the transaction is confirmed, failed, or <paramref name="timeout"/> passes (then the last status).</summary>
    Task<ConfirmationStatus> WaitForConfirmationAsync(ChainEndpoint endpoint, string transactionHash, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>The next nonce the chain expects from <paramref name="address"/> (pending included); null on chains without nonces.</summary>
    Task<ulong?> GetNonceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken);

    /// <summary>Decodes a raw (signed or unsigned) transaction so policies can evaluate what it does.</summary>
    ParsedTransaction ParseRawTransaction(ReadOnlySpan<byte> raw);
}

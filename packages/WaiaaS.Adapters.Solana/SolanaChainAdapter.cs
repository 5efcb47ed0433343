using System.Collections.Concurrent;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Adapters.Solana;

/// <summary>
/// <see cref="IChainAdapter"/> for Solana over JSON-RPC. Stateless apart from one RPC client per endpoint and the
/// blockhash of each submitted signature (to tell an expired transaction from one still in flight). An expired
/// blockhash surfaces as a stale <see cref="ChainException"/> (<see cref="ChainErrorCodes.BlockhashExpired"/>) or as
/// <see cref="ConfirmationState.Expired"/>; <see cref="SubmitWithRebuildAsync"/> rebuilds, re-signs and resubmits.
/// </summary>
public sealed class SolanaChainAdapter : IChainAdapter
{
    private const int MaxTrackedSignatures = 10_000;
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly SolanaAdapterOptions _options;
    private readonly SolanaTransactionBuilder _builder;
    private readonly ConcurrentDictionary<Uri, SolanaRpcClient> _clients = new();
    private readonly ConcurrentDictionary<string, string> _submittedBlockhashes = new(StringComparer.Ordinal);

    /// <summary>Creates the adapter over an injected <see cref="HttpClient"/>.</summary>
    public SolanaChainAdapter(HttpClient httpClient, TimeProvider? timeProvider = null, SolanaAdapterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _options = options ?? SolanaAdapterOptions.Default;
        _builder = new SolanaTransactionBuilder(_options, _timeProvider);
    }

    /// <inheritdoc />
    public ChainType Chain => ChainType.Solana;

    /// <inheritdoc />
    public bool IsValidAddress(string address) => SolanaAddress.TryParse(address, out _);

    /// <summary>The RPC client this adapter uses for <paramref name="endpoint"/>.</summary>
    public SolanaRpcClient Rpc(ChainEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _clients.GetOrAdd(endpoint.RpcUrl, url => new SolanaRpcClient(_httpClient, url, _options.Rpc, _timeProvider));
    }

    /// <inheritdoc />
    public async Task<AssetBalance> GetBalanceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken)
    {
        SolanaTransactionBuilder.Address(address, "wallet");
        var lamports = await Rpc(endpoint).GetBalanceAsync(address, cancellationToken).ConfigureAwait(false);
        return new AssetBalance(null, lamports, 9, "SOL");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AssetBalance>> GetAssetsAsync(ChainEndpoint endpoint, string address, IReadOnlyList<string> knownTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knownTokens);
        var assets = new List<AssetBalance> { await GetBalanceAsync(endpoint, address, cancellationToken).ConfigureAwait(false) };
        var rpc = Rpc(endpoint);
        foreach (var program in new[] { ProgramIds.Token, ProgramIds.Token2022 })
        {
            var accounts = await rpc.GetTokenAccountsByOwnerAsync(address, program.ToString(), cancellationToken).ConfigureAwait(false);
            assets.AddRange(accounts.GroupBy(a => a.Mint, StringComparer.Ordinal)
                .Select(g => new AssetBalance(g.Key, g.Aggregate(System.Numerics.BigInteger.Zero, (sum, a) => sum + a.Amount), g.First().Decimals, null)));
        }

        foreach (var token in knownTokens.Where(t => assets.All(a => a.Token != t)))
        {
            var mint = SolanaAddress.TryParse(token, out _) ? await rpc.GetAccountInfoAsync(token, cancellationToken).ConfigureAwait(false) : null;
            if (mint is not null && SolanaAddress.TryParse(mint.Owner, out var owner) && ProgramIds.IsTokenProgram(owner) && mint.Data.Length >= TokenProgram.MintSize)
            {
                assets.Add(new AssetBalance(token, 0, mint.Data.Span[44], null));
            }
        }

        return assets;
    }

    /// <inheritdoc />
    public async Task<FeeEstimate> EstimateFeeAsync(ChainEndpoint endpoint, TransactionRequest request, CancellationToken cancellationToken) =>
        (await BuildAsync(endpoint, request, TransactionBuildOptions.Default, cancellationToken).ConfigureAwait(false)).Fee;

    /// <inheritdoc />
    public async Task<UnsignedTransaction> BuildAsync(ChainEndpoint endpoint, TransactionRequest request, TransactionBuildOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return await _builder.BuildAsync(Rpc(endpoint), endpoint, request, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SimulationResult> SimulateAsync(ChainEndpoint endpoint, UnsignedTransaction transaction, CancellationToken cancellationToken)
    {
        var solana = Require(transaction);
        var unsigned = SolanaTransaction.WithEmptySignatures(solana.Message).Serialize();
        var result = await Rpc(endpoint).SimulateTransactionAsync(unsigned, replaceRecentBlockhash: true, cancellationToken).ConfigureAwait(false);
        var error = result.Error is null ? null : SolanaErrorClassifier.FromTransactionError(result.Error, result.Logs, "simulation").Message;
        return new SimulationResult(result.Error is null, error, result.Logs, result.UnitsConsumed);
    }

    /// <inheritdoc />
    public SignedTransaction Sign(UnsignedTransaction transaction, ITransactionSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var solana = Require(transaction);
        if (signer.Chain != ChainType.Solana || signer.Address != solana.Message.FeePayer.ToString())
        {
            throw new ArgumentException("The signer is not the fee payer of this transaction.", nameof(signer));
        }

        if (solana.Message.Header.RequiredSignatures != 1)
        {
            throw new ArgumentException("The transaction needs more than the wallet's signature.", nameof(transaction));
        }

        var signature = signer.Sign(solana.SigningPayload.Span);
        if (signature.Length != SolanaTransaction.SignatureLength
            || !Ed25519.Verify(solana.Message.FeePayer.Bytes, solana.SigningPayload.Span, signature))
        {
            throw new InvalidOperationException("The signer returned a signature that does not verify for the fee payer.");
        }

        var wire = new SolanaTransaction([signature], solana.SigningPayload).Serialize();
        return new SignedTransaction(transaction.Endpoint, wire, Base58.Encode(signature), null);
    }

    /// <inheritdoc />
    public async Task<string> SubmitAsync(ChainEndpoint endpoint, SignedTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var decoded = SolanaTransaction.Deserialize(transaction.Raw.Span);
        var signature = decoded.Id;
        Track(signature, decoded.Message.RecentBlockhash);
        try
        {
            return await Rpc(endpoint).SendTransactionAsync(transaction.Raw, cancellationToken).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Message.Contains("AlreadyProcessed", StringComparison.Ordinal))
        {
            return signature; // the same signed bytes already landed: a resubmission is not a failure
        }
    }

    /// <inheritdoc />
    public async Task<ConfirmationStatus> GetConfirmationAsync(ChainEndpoint endpoint, string transactionHash, CancellationToken cancellationToken)
    {
        var rpc = Rpc(endpoint);
        var status = (await rpc.GetSignatureStatusesAsync([transactionHash], cancellationToken).ConfigureAwait(false))[0];
        if (status is null)
        {
            var expired = _submittedBlockhashes.TryGetValue(transactionHash, out var blockhash)
                && !await rpc.IsBlockhashValidAsync(blockhash, cancellationToken).ConfigureAwait(false);
            return new ConfirmationStatus(transactionHash, expired ? ConfirmationState.Expired : ConfirmationState.NotFound, null, null);
        }

        if (status.Error is not null)
        {
            _submittedBlockhashes.TryRemove(transactionHash, out _);
            return new ConfirmationStatus(transactionHash, ConfirmationState.Failed, status.Slot, status.Error.ToJsonString());
        }

        var confirmed = status.ConfirmationStatus is "confirmed" or "finalized"
            || (status.ConfirmationStatus == "processed" && _options.Rpc.Commitment == "processed");
        if (confirmed)
        {
            _submittedBlockhashes.TryRemove(transactionHash, out _);
        }

        return new ConfirmationStatus(transactionHash, confirmed ? ConfirmationState.Confirmed : ConfirmationState.Pending, status.Slot, null);
    }

    /// <inheritdoc />
    public async Task<ConfirmationStatus> WaitForConfirmationAsync(ChainEndpoint endpoint, string transactionHash, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _timeProvider.GetUtcNow() + timeout;
        while (true)
        {
            var status = await GetConfirmationAsync(endpoint, transactionHash, cancellationToken).ConfigureAwait(false);
            if (status.State is ConfirmationState.Confirmed or ConfirmationState.Failed or ConfirmationState.Expired
                || _timeProvider.GetUtcNow() >= deadline)
            {
                return status;
            }

            await Task.Delay(_options.ConfirmationPollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Signs, submits and waits for <paramref name="transaction"/>; when its blockhash has expired (stale at submit,
    /// or <see cref="ConfirmationState.Expired"/> while waiting) it is rebuilt on a fresh blockhash from the same
    /// request and options, re-signed and resubmitted, up to <paramref name="maxAttempts"/> times in all.
    /// </summary>
    public async Task<SolanaSubmission> SubmitWithRebuildAsync(
        ChainEndpoint endpoint, UnsignedTransaction transaction, ITransactionSigner signer, TimeSpan confirmationTimeout, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var current = Require(transaction);
        for (var attempt = 1; ; attempt++)
        {
            var signed = Sign(current, signer);
            ConfirmationStatus? status = null;
            try
            {
                var signature = await SubmitAsync(endpoint, signed, cancellationToken).ConfigureAwait(false);
                status = await WaitForConfirmationAsync(endpoint, signature, confirmationTimeout, cancellationToken).ConfigureAwait(false);
                if (status.State != ConfirmationState.Expired)
                {
                    return new SolanaSubmission(signature, status, attempt, current);
                }
            }
            catch (ChainException e) when (e.Kind == ChainErrorKind.Stale && attempt < maxAttempts)
            {
            }

            if (attempt >= maxAttempts)
            {
                throw new ChainException(ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired, $"The blockhash expired on each of {maxAttempts} attempts.");
            }

            current = (SolanaUnsignedTransaction)await BuildAsync(endpoint, current.Request, current.Options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task<ulong?> GetNonceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken) => Task.FromResult<ulong?>(null);

    /// <inheritdoc />
    public ParsedTransaction ParseRawTransaction(ReadOnlySpan<byte> raw) => SolanaTransactionParser.Parse(raw);

    private void Track(string signature, string blockhash)
    {
        if (_submittedBlockhashes.Count >= MaxTrackedSignatures)
        {
            _submittedBlockhashes.Clear();
        }

        _submittedBlockhashes[signature] = blockhash;
    }

    private static SolanaUnsignedTransaction Require(UnsignedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction as SolanaUnsignedTransaction
            ?? throw new ArgumentException("Not a transaction built by the Solana adapter.", nameof(transaction));
    }
}

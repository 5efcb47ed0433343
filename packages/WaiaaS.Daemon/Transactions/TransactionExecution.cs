using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Keys;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Stage 5 of SPEC §9 for one transaction: build, (simulate,) sign, store the signed bytes, submit. The signed bytes
/// and hash are on the row before the chain sees them, so after a crash the reconciler can ask the chain about exactly
/// these bytes instead of signing again. EVM work happens in the wallet's lane with a nonce from
/// <see cref="EvmNonceManager"/>.
/// </summary>
internal sealed class TransactionExecution(
    IDbContextFactory<WaiaasDbContext> contexts,
    TransactionStateWriter states,
    ChainRouter chains,
    ExecutionLanes lanes,
    EvmNonceManager nonces,
    IKeyStore keys,
    KeySchemeRegistry schemes,
    SigningGate gate,
    TimeProvider time)
{
    /// <summary>Signs and submits a row that is EXECUTING and has no signed bytes yet. Returns the row afterwards.</summary>
    public async Task<TransactionEntity?> SignAndSubmitAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        var (wallet, endpoint) = await ContextAsync(row, cancellationToken).ConfigureAwait(false);
        if (wallet is null || endpoint is null)
        {
            return await FailAsync(row, "WALLET_UNAVAILABLE", "the wallet or its network is no longer available.", cancellationToken).ConfigureAwait(false);
        }

        if (gate.RefusalReason(wallet) is { } refusal)
        {
            return await FailAsync(row, refusal.Code, refusal.Message, cancellationToken).ConfigureAwait(false);
        }

        var adapter = chains.Adapter(wallet.Chain);
        var request = ChainRequestFactory.Create(row, wallet.Address);
        if (wallet.Chain != ChainType.Ethereum)
        {
            return await SignAndSubmitOnceAsync(row, wallet, endpoint, adapter, request, nonce: null, cancellationToken).ConfigureAwait(false);
        }

        return await lanes.RunAsync(wallet.Id, endpoint.Network.Id, async () =>
        {
            var nonce = await nonces.ReserveAsync(wallet, endpoint, row.Id, cancellationToken).ConfigureAwait(false);
            try
            {
                return await SignAndSubmitOnceAsync(row, wallet, endpoint, adapter, request, nonce, cancellationToken).ConfigureAwait(false);
            }
            catch (ChainException e) when (e.Code == ChainErrorCodes.NonceTooLow)
            {
                // Someone else (another tool holding the same key) used the nonce: nothing of ours with it can land, so a
                // fresh nonce is safe. Only once: a second conflict fails the transaction.
                nonces.Resync(wallet.Id, endpoint.Network.Id);
                await ClearSignatureAsync(row.Id, cancellationToken).ConfigureAwait(false);
                var fresh = await nonces.ReserveAsync(wallet, endpoint, row.Id, cancellationToken).ConfigureAwait(false);
                return await SignAndSubmitOnceAsync(row, wallet, endpoint, adapter, request, fresh, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits the stored signed bytes of an EXECUTING row again (after a crash or a transient failure). Submitting the
    /// same bytes twice cannot pay twice: the chain knows them by hash. EVM bytes whose nonce another transaction used
    /// fail; Solana bytes whose blockhash expired can never land, so they are rebuilt once.
    /// </summary>
    public async Task<TransactionEntity?> ResubmitSignedAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        var (wallet, endpoint) = await ContextAsync(row, cancellationToken).ConfigureAwait(false);
        if (wallet is null || endpoint is null)
        {
            return await FailAsync(row, "WALLET_UNAVAILABLE", "the wallet or its network is no longer available.", cancellationToken).ConfigureAwait(false);
        }

        var adapter = chains.Adapter(wallet.Chain);
        var signed = new SignedTransaction(endpoint, Convert.FromHexString(row.SignedTx!), row.TxHash!, row.Nonce is { } n ? (ulong)n : null);
        try
        {
            await adapter.SubmitAsync(endpoint, signed, cancellationToken).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Stale && wallet.Chain == ChainType.Solana)
        {
            await ClearSignatureAsync(row.Id, cancellationToken).ConfigureAwait(false);
            var request = ChainRequestFactory.Create(row, wallet.Address);
            return await SignAndSubmitOnceAsync(row, wallet, endpoint, adapter, request, nonce: null, cancellationToken, rebuilt: true).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind != ChainErrorKind.Transient)
        {
            return await FailAsync(row, e.Code, $"the signed transaction was not accepted again: {e.Message}", cancellationToken).ConfigureAwait(false);
        }

        return await MoveAsync(row, TransactionStatus.Executing, TransactionStatus.Submitted, r => r.SubmittedAt ??= WaiaasDatabase.UnixNow(time), cancellationToken, new JsonObject { ["txHash"] = row.TxHash, ["resubmitted"] = true }).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the stored bytes of a SUBMITTED row again when the chain has not seen them for a while (dropped from a
    /// mempool, or submitted just before a crash). The same bytes cannot pay twice. Returns false when the chain
    /// answers that they can never land (Solana: expired blockhash; EVM: nonce used by something else).
    /// </summary>
    public async Task<bool> ResendSubmittedAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        var (wallet, endpoint) = await ContextAsync(row, cancellationToken).ConfigureAwait(false);
        if (wallet is null || endpoint is null || row.SignedTx is null || row.TxHash is null)
        {
            return false;
        }

        var signed = new SignedTransaction(endpoint, Convert.FromHexString(row.SignedTx), row.TxHash, row.Nonce is { } n ? (ulong)n : null);
        try
        {
            await chains.Adapter(wallet.Chain).SubmitAsync(endpoint, signed, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChainException e) when (e.Kind != ChainErrorKind.Transient)
        {
            return false;
        }
    }

    /// <summary>
    /// A SUBMITTED Solana transaction whose blockhash expired unconfirmed can never land: it is built, signed and
    /// submitted once more in place (stale → rebuild once). Returns false when it was already rebuilt or is not Solana.
    /// </summary>
    public async Task<bool> RebuildExpiredAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        var (wallet, endpoint) = await ContextAsync(row, cancellationToken).ConfigureAwait(false);
        var metadata = row.Metadata is null ? [] : JsonNode.Parse(row.Metadata)!.AsObject();
        if (wallet is null || endpoint is null || wallet.Chain != ChainType.Solana || metadata["rebuilt"] is not null || gate.RefusalReason(wallet) is not null)
        {
            return false;
        }

        var adapter = chains.Adapter(wallet.Chain);
        var unsigned = await adapter.BuildAsync(endpoint, ChainRequestFactory.Create(row, wallet.Address), TransactionBuildOptions.Default, cancellationToken).ConfigureAwait(false);
        var signed = adapter.Sign(unsigned, keys.GetSigner(wallet.Id, schemes.For(wallet.Chain)));
        metadata["rebuilt"] = true;
        metadata["expiredTxHash"] = row.TxHash;
        var stored = await states.UpdateAsync(row.Id, TransactionStatus.Submitted, r =>
        {
            r.SignedTx = Convert.ToHexStringLower(signed.Raw.Span);
            r.TxHash = signed.TransactionHash;
            r.Metadata = metadata.ToJsonString();
        }, cancellationToken).ConfigureAwait(false);
        if (!stored)
        {
            return false;
        }

        try
        {
            await adapter.SubmitAsync(endpoint, signed, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChainException e) when (e.Kind != ChainErrorKind.Transient)
        {
            return false; // refused outright (e.g. the funds are gone): the watcher marks it FAILED
        }
    }

    /// <summary>The adapter of a chain.</summary>
    public IChainAdapter Adapter(ChainType chain) => chains.Adapter(chain);

    /// <summary>The wallet and endpoint of a row (null when the wallet or network disappeared).</summary>
    public async Task<(WalletEntity? Wallet, ChainEndpoint? Endpoint)> ContextAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == row.WalletId, cancellationToken).ConfigureAwait(false);
        if (wallet is null)
        {
            return (null, null);
        }

        var endpoint = chains.Resolve(wallet.Chain, wallet.Environment, row.Network);
        return (wallet, endpoint.Succeeded ? endpoint.Value : null);
    }

    public Task<TransactionEntity?> FailAsync(TransactionEntity row, string code, string message, CancellationToken cancellationToken) =>
        MoveAsync(row, TransactionStatus.Executing, TransactionStatus.Failed, r =>
        {
            r.ErrorCode = code;
            r.Error = message;
        }, cancellationToken);

    private async Task<TransactionEntity?> SignAndSubmitOnceAsync(
        TransactionEntity row, WalletEntity wallet, ChainEndpoint endpoint, IChainAdapter adapter, TransactionRequest request, ulong? nonce, CancellationToken cancellationToken, bool rebuilt = false)
    {
        SignedTransaction signed;
        try
        {
            var unsigned = await adapter.BuildAsync(endpoint, request, new TransactionBuildOptions(Nonce: nonce), cancellationToken).ConfigureAwait(false);
            if (wallet.Chain == ChainType.Solana)
            {
                // EVM building already ran eth_estimateGas, which executes the call; Solana is simulated explicitly.
                var simulation = await adapter.SimulateAsync(endpoint, unsigned, cancellationToken).ConfigureAwait(false);
                if (!simulation.Success)
                {
                    throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed, simulation.Error ?? "the simulation failed");
                }
            }

            if (gate.RefusalReason(wallet) is { } refusal)
            {
                throw new ChainException(ChainErrorKind.Permanent, refusal.Code, refusal.Message);
            }

            signed = adapter.Sign(unsigned, keys.GetSigner(wallet.Id, schemes.For(wallet.Chain)));
        }
        catch (ChainException e)
        {
            // Nothing was signed (or the signature was discarded): the nonce goes back. A transient failure is retried
            // by the executor with backoff; anything else ends the transaction.
            await GiveBackNonceAsync(row, wallet, endpoint, nonce, cancellationToken).ConfigureAwait(false);
            if (e.Kind == ChainErrorKind.Transient)
            {
                throw;
            }

            return await FailAsync(row, e.Code, e.Message, cancellationToken).ConfigureAwait(false);
        }

        var raw = Convert.ToHexStringLower(signed.Raw.Span);
        await states.UpdateAsync(row.Id, TransactionStatus.Executing, r =>
        {
            r.SignedTx = raw;
            r.TxHash = signed.TransactionHash;
        }, cancellationToken).ConfigureAwait(false);

        try
        {
            await adapter.SubmitAsync(endpoint, signed, cancellationToken).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Stale && wallet.Chain == ChainType.Solana && !rebuilt)
        {
            // The blockhash expired before the bytes landed: they can never land now, so one rebuild is safe.
            await ClearSignatureAsync(row.Id, cancellationToken).ConfigureAwait(false);
            return await SignAndSubmitOnceAsync(row, wallet, endpoint, adapter, request, nonce, cancellationToken, rebuilt: true).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Permanent)
        {
            // The node refused these bytes outright: they are not in any mempool, the nonce can be reused.
            await GiveBackNonceAsync(row, wallet, endpoint, nonce, cancellationToken).ConfigureAwait(false);
            return await FailAsync(row, e.Code, e.Message, cancellationToken).ConfigureAwait(false);
        }

        return await MoveAsync(row, TransactionStatus.Executing, TransactionStatus.Submitted, r => r.SubmittedAt ??= WaiaasDatabase.UnixNow(time), cancellationToken, new JsonObject { ["txHash"] = signed.TransactionHash }).ConfigureAwait(false);
    }

    private async Task GiveBackNonceAsync(TransactionEntity row, WalletEntity wallet, ChainEndpoint endpoint, ulong? nonce, CancellationToken cancellationToken)
    {
        if (nonce is { } n)
        {
            await nonces.ReleaseAsync(wallet.Id, endpoint.Network.Id, row.Id, n, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<bool> ClearSignatureAsync(string id, CancellationToken cancellationToken) =>
        states.UpdateAsync(id, TransactionStatus.Executing, r =>
        {
            r.SignedTx = null;
            r.TxHash = null;
        }, cancellationToken);

    private async Task<TransactionEntity?> MoveAsync(
        TransactionEntity row, TransactionStatus from, TransactionStatus to, Action<TransactionEntity> change, CancellationToken cancellationToken, JsonObject? details = null)
    {
        await states.TransitionAsync(row.Id, from, to, change, TransitionAudit.System(details), cancellationToken).ConfigureAwait(false);
        return await states.FindAsync(row.Id, cancellationToken).ConfigureAwait(false);
    }
}

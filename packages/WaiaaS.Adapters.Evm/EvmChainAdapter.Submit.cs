using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>Simulation, signing, submission and confirmation.</summary>
public sealed partial class EvmChainAdapter
{
    /// <inheritdoc />
    public async Task<SimulationResult> SimulateAsync(ChainEndpoint endpoint, UnsignedTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var tx = Evm(transaction).Transaction;
        var call = new EvmCall(EvmAddress.Normalize(transaction.Request.From), tx.To, tx.Value, tx.Data, tx.GasLimit);
        try
        {
            await _rpc.CallContractAsync(endpoint.RpcUrl, call, "latest", cancellationToken).ConfigureAwait(false);
            var gas = await _rpc.EstimateGasAsync(endpoint.RpcUrl, call with { Gas = null }, cancellationToken).ConfigureAwait(false);
            return new SimulationResult(true, null, [], gas);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Permanent)
        {
            return new SimulationResult(false, $"{e.Code}: {e.Message}", [], null);
        }
    }

    /// <inheritdoc />
    public SignedTransaction Sign(UnsignedTransaction transaction, ITransactionSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var unsigned = Evm(transaction);
        var from = EvmAddress.Normalize(unsigned.Request.From);
        if (signer.Chain != ChainType.Ethereum || !EvmAddress.TryParse(signer.Address, out var signerAddress)
            || !string.Equals(EvmAddress.ToChecksum(signerAddress), from, StringComparison.Ordinal))
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, "The signer does not hold the key of the transaction's sender.");
        }

        var hash = EvmTransactionEncoder.SigningHash(unsigned.Transaction);
        var signature = signer.Sign(hash);

        // Checks the signer's output before anything reaches the chain: shape, low-S, and that it recovers to the sender.
        var publicKey = signature.Length == Secp256k1.SignatureLength && signature[64] <= 1 ? Secp256k1.RecoverPublicKey(hash, signature) : null;
        if (publicKey is null || !string.Equals(EvmAddress.FromPublicKey(publicKey), from, StringComparison.Ordinal))
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, "The signer returned a signature that does not recover to the sender.");
        }

        var raw = EvmTransactionEncoder.EncodeSigned(unsigned.Transaction, signature);
        return new SignedTransaction(unsigned.Endpoint, raw, EvmTransactionEncoder.TransactionHash(raw), unsigned.Transaction.Nonce);
    }

    /// <inheritdoc />
    public async Task<string> SubmitAsync(ChainEndpoint endpoint, SignedTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(transaction);
        var hash = EvmTransactionEncoder.TransactionHash(transaction.Raw.Span);
        try
        {
            var reported = await _rpc.SendRawTransactionAsync(endpoint.RpcUrl, transaction.Raw, cancellationToken).ConfigureAwait(false);
            return string.Equals(reported, hash, StringComparison.OrdinalIgnoreCase)
                ? hash
                : throw EvmRpcErrorClassifier.InvalidResponse("eth_sendRawTransaction", "the node reported another transaction hash");
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Stale)
        {
            // "already known" / "nonce too low" after a retried send: if the chain has exactly these bytes, the send
            // succeeded earlier and must not be rebuilt (that would pay twice).
            if (await _rpc.TransactionExistsAsync(endpoint.RpcUrl, hash, cancellationToken).ConfigureAwait(false))
            {
                return hash;
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ConfirmationStatus> GetConfirmationAsync(ChainEndpoint endpoint, string transactionHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var receipt = await _rpc.GetTransactionReceiptAsync(endpoint.RpcUrl, transactionHash, cancellationToken).ConfigureAwait(false);
        if (receipt is null)
        {
            var known = await _rpc.TransactionExistsAsync(endpoint.RpcUrl, transactionHash, cancellationToken).ConfigureAwait(false);
            return new ConfirmationStatus(transactionHash, known ? ConfirmationState.Pending : ConfirmationState.NotFound, null, null);
        }

        if (!receipt.Succeeded)
        {
            return new ConfirmationStatus(transactionHash, ConfirmationState.Failed, receipt.BlockNumber, "execution reverted");
        }

        if (_options.Confirmations > 1)
        {
            var head = await _rpc.GetBlockNumberAsync(endpoint.RpcUrl, cancellationToken).ConfigureAwait(false);
            if (head + 1 < receipt.BlockNumber + (ulong)_options.Confirmations)
            {
                return new ConfirmationStatus(transactionHash, ConfirmationState.Pending, receipt.BlockNumber, null);
            }
        }

        return new ConfirmationStatus(transactionHash, ConfirmationState.Confirmed, receipt.BlockNumber, null);
    }

    /// <inheritdoc />
    public async Task<ConfirmationStatus> WaitForConfirmationAsync(ChainEndpoint endpoint, string transactionHash, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        while (true)
        {
            var status = await GetConfirmationAsync(endpoint, transactionHash, cancellationToken).ConfigureAwait(false);
            if (status.State is ConfirmationState.Confirmed or ConfirmationState.Failed || _timeProvider.GetElapsedTime(started) >= timeout)
            {
                return status;
            }

            await Task.Delay(_options.PollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static EvmUnsignedTransaction Evm(UnsignedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction as EvmUnsignedTransaction
            ?? throw new ArgumentException("The transaction was not built by the EVM adapter.", nameof(transaction));
    }
}

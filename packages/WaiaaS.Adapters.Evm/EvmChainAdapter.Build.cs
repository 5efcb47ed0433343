using System.Globalization;
using System.Numerics;
using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>Fee estimation and building.</summary>
public sealed partial class EvmChainAdapter
{
    /// <inheritdoc />
    public async Task<FeeEstimate> EstimateFeeAsync(ChainEndpoint endpoint, TransactionRequest request, CancellationToken cancellationToken)
    {
        var call = await PrepareAsync(endpoint, request, cancellationToken).ConfigureAwait(false);
        var gasLimit = await EstimateGasLimitAsync(endpoint, call, cancellationToken).ConfigureAwait(false);
        var fees = await GetFeesAsync(endpoint, null, cancellationToken).ConfigureAwait(false);
        return Fee(gasLimit, fees);
    }

    /// <inheritdoc />
    public async Task<UnsignedTransaction> BuildAsync(ChainEndpoint endpoint, TransactionRequest request, TransactionBuildOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var call = await PrepareAsync(endpoint, request, cancellationToken).ConfigureAwait(false);
        var chainId = await VerifyChainIdAsync(endpoint, cancellationToken).ConfigureAwait(false);
        var nonce = options.Nonce
            ?? await _rpc.GetTransactionCountAsync(endpoint.RpcUrl, call.From!, "pending", cancellationToken).ConfigureAwait(false);
        var gasLimit = await EstimateGasLimitAsync(endpoint, call, cancellationToken).ConfigureAwait(false);
        var fees = await GetFeesAsync(endpoint, options.PriorityFee, cancellationToken).ConfigureAwait(false);
        await EnsureAffordableAsync(endpoint, call, gasLimit * fees.MaxFeePerGas, cancellationToken).ConfigureAwait(false);
        var transaction = new EvmTransaction
        {
            Type = fees.Type,
            ChainId = chainId,
            Nonce = nonce,
            GasLimit = gasLimit,
            GasPrice = fees.Type == EvmTransactionType.Legacy ? fees.MaxFeePerGas : BigInteger.Zero,
            MaxFeePerGas = fees.Type == EvmTransactionType.Eip1559 ? fees.MaxFeePerGas : BigInteger.Zero,
            MaxPriorityFeePerGas = fees.Type == EvmTransactionType.Eip1559 ? fees.MaxPriorityFeePerGas : BigInteger.Zero,
            To = call.To,
            Value = call.Value,
            Data = call.Data,
        };
        return new EvmUnsignedTransaction(endpoint, request, EvmTransactionEncoder.SigningHash(transaction), Fee(gasLimit, fees), nonce, transaction);
    }

    /// <summary>The gas the node estimates for <paramref name="call"/>, plus 20 % (rounded up).</summary>
    internal async Task<ulong> EstimateGasLimitAsync(ChainEndpoint endpoint, EvmCall call, CancellationToken cancellationToken)
    {
        var estimate = await _rpc.EstimateGasAsync(endpoint.RpcUrl, call, cancellationToken).ConfigureAwait(false);
        return checked(((estimate * 6) + 4) / 5);
    }

    // The node's own admission rule (value + gas limit × fee cap must be covered), checked before anything is signed.
    private async Task EnsureAffordableAsync(ChainEndpoint endpoint, EvmCall call, BigInteger maxFee, CancellationToken cancellationToken)
    {
        var balance = await _rpc.GetBalanceAsync(endpoint.RpcUrl, call.From!, "pending", cancellationToken).ConfigureAwait(false);
        if (balance < call.Value + maxFee)
        {
            throw new ChainException(
                ChainErrorKind.Permanent,
                ChainErrorCodes.InsufficientFunds,
                $"Insufficient funds: {call.Value} wei plus up to {maxFee} wei in fees exceeds the balance of {balance} wei.");
        }
    }

    private async Task<EvmCall> PrepareAsync(ChainEndpoint endpoint, TransactionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(request);
        if (endpoint.Network.Chain != ChainType.Ethereum || endpoint.Network.EvmChainId is null)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, $"Network {endpoint.Network.Id} is not an EVM network.");
        }

        var from = EvmAddress.Normalize(EnsureAddress(request.From, "sender"));
        var call = request switch
        {
            NativeTransferRequest native => new EvmCall(from, Address(native.To, "recipient"), NonNegative(native.Amount), ReadOnlyMemory<byte>.Empty),
            TokenTransferRequest token => new EvmCall(from, Address(token.Token, "token"), 0, Erc20.EncodeTransfer(Address(token.To, "recipient"), NonNegative(token.Amount))),
            ApproveRequest approve => new EvmCall(from, Address(approve.Token, "token"), 0, Erc20.EncodeApprove(Address(approve.Spender, "spender"), NonNegative(approve.Amount))),
            ContractCallRequest contract when contract.Accounts is null or { Count: 0 } =>
                new EvmCall(from, Address(contract.Contract, "contract"), NonNegative(contract.Value), contract.Data),
            ContractCallRequest => throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, "Account lists are a Solana concept; an EVM contract call takes calldata only."),
            _ => throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, $"{request.GetType().Name} is not supported on EVM."),
        };
        if (request is TokenTransferRequest or ApproveRequest)
        {
            // Fails with TOKEN_NOT_FOUND before anything is signed when the address is not a token.
            await GetTokenDecimalsAsync(endpoint, call.To!, cancellationToken).ConfigureAwait(false);
        }

        return call;
    }

    private async Task<ulong> VerifyChainIdAsync(ChainEndpoint endpoint, CancellationToken cancellationToken)
    {
        var expected = (ulong)endpoint.Network.EvmChainId!.Value;
        if (!_verifiedChainIds.TryGetValue(endpoint.RpcUrl, out var actual))
        {
            actual = await _rpc.GetChainIdAsync(endpoint.RpcUrl, cancellationToken).ConfigureAwait(false);
            _verifiedChainIds[endpoint.RpcUrl] = actual;
        }

        return actual == expected
            ? expected
            : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, $"The RPC endpoint of {endpoint.Network.Id} serves chain id {actual}, not {expected}.");
    }

    private async Task<FeeQuote> GetFeesAsync(ChainEndpoint endpoint, BigInteger? priorityFee, CancellationToken cancellationToken)
    {
        EvmFeeHistory? history = null;
        try
        {
            history = await _rpc.GetFeeHistoryAsync(endpoint.RpcUrl, _options.FeeHistoryBlocks, [50], cancellationToken).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Permanent)
        {
            // Nodes without eth_feeHistory: legacy pricing below.
        }

        if (history is null || history.NextBaseFee.IsZero)
        {
            var gasPrice = await _rpc.GetGasPriceAsync(endpoint.RpcUrl, cancellationToken).ConfigureAwait(false);
            return new FeeQuote(EvmTransactionType.Legacy, gasPrice, BigInteger.Zero, BigInteger.Zero);
        }

        var tip = priorityFee ?? await SuggestPriorityFeeAsync(endpoint, history, cancellationToken).ConfigureAwait(false);
        return new FeeQuote(EvmTransactionType.Eip1559, (history.NextBaseFee * 2) + tip, tip, history.NextBaseFee);
    }

    private async Task<BigInteger> SuggestPriorityFeeAsync(ChainEndpoint endpoint, EvmFeeHistory history, CancellationToken cancellationToken)
    {
        try
        {
            return await _rpc.GetMaxPriorityFeePerGasAsync(endpoint.RpcUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Permanent)
        {
            var rewards = history.Rewards.Where(r => r.Count > 0).Select(r => r[0]).Order().ToList();
            return rewards.Count > 0 ? rewards[rewards.Count / 2] : _options.FallbackPriorityFee;
        }
    }

    private static FeeEstimate Fee(ulong gasLimit, FeeQuote fees)
    {
        var details = new Dictionary<string, string>
        {
            ["type"] = fees.Type == EvmTransactionType.Eip1559 ? "eip1559" : "legacy",
            ["gasLimit"] = gasLimit.ToString(CultureInfo.InvariantCulture),
            [fees.Type == EvmTransactionType.Eip1559 ? "maxFeePerGas" : "gasPrice"] = fees.MaxFeePerGas.ToString(CultureInfo.InvariantCulture),
        };
        if (fees.Type == EvmTransactionType.Eip1559)
        {
            details["maxPriorityFeePerGas"] = fees.MaxPriorityFeePerGas.ToString(CultureInfo.InvariantCulture);
            details["baseFeePerGas"] = fees.BaseFee.ToString(CultureInfo.InvariantCulture);
        }

        return new FeeEstimate(gasLimit * fees.MaxFeePerGas, details);
    }

    private static string EnsureAddress(string address, string role) => EvmAddress.IsValid(address) ? address : throw InvalidAddress(role);

    private static string Address(string address, string role) => EvmAddress.Normalize(EnsureAddress(address, role));

    private static ChainException InvalidAddress(string role) =>
        new(ChainErrorKind.Permanent, ChainErrorCodes.InvalidAddress, $"The {role} is not a valid EVM address (0x + 40 hex digits, EIP-55 checksum when mixed case).");

    private static BigInteger NonNegative(BigInteger amount) =>
        amount.Sign >= 0 ? amount : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, "Amounts cannot be negative.");

    private sealed record FeeQuote(EvmTransactionType Type, BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas, BigInteger BaseFee);
}

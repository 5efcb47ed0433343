using System.Collections.Concurrent;
using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>
/// <see cref="IChainAdapter"/> for EVM networks over JSON-RPC: EIP-1559 transactions (legacy with EIP-155 when the
/// chain has no base fee), gas estimates with a 20 % margin, ERC-20 transfer and approve, receipt polling.
/// Nonces come from <see cref="TransactionBuildOptions.Nonce"/> (an <see cref="Nonces.IEvmNonceManager"/>) or, when
/// absent, from the chain's pending count. Stateless apart from a cache of verified chain ids; safe for concurrent use.
/// </summary>
public sealed partial class EvmChainAdapter : IChainAdapter
{
    private const int NativeDecimals = 18;

    private readonly EvmRpcClient _rpc;
    private readonly EvmAdapterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<Uri, ulong> _verifiedChainIds = new();

    /// <summary>Creates the adapter.</summary>
    public EvmChainAdapter(EvmRpcClient rpc, EvmAdapterOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        _rpc = rpc;
        _options = options ?? EvmAdapterOptions.Default;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ChainType Chain => ChainType.Ethereum;

    /// <inheritdoc />
    public bool IsValidAddress(string address) => EvmAddress.IsValid(address);

    /// <inheritdoc />
    public async Task<AssetBalance> GetBalanceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var owner = EvmAddress.Normalize(address);
        var wei = await _rpc.GetBalanceAsync(endpoint.RpcUrl, owner, "latest", cancellationToken).ConfigureAwait(false);
        return new AssetBalance(null, wei, NativeDecimals, NativeSymbol(endpoint.Network));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AssetBalance>> GetAssetsAsync(ChainEndpoint endpoint, string address, IReadOnlyList<string> knownTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knownTokens);
        var owner = EvmAddress.Normalize(address);
        var assets = new List<AssetBalance> { await GetBalanceAsync(endpoint, owner, cancellationToken).ConfigureAwait(false) };
        foreach (var token in knownTokens)
        {
            assets.Add(await GetTokenBalanceAsync(endpoint, owner, token, cancellationToken).ConfigureAwait(false));
        }

        return assets;
    }

    /// <summary>An ERC-20 balance with the token's decimals and symbol.</summary>
    public async Task<AssetBalance> GetTokenBalanceAsync(ChainEndpoint endpoint, string owner, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var contract = EvmAddress.Normalize(token);
        var balance = Erc20.DecodeUint(await ReadTokenAsync(endpoint, contract, Erc20.EncodeBalanceOf(EvmAddress.Normalize(owner)), cancellationToken).ConfigureAwait(false));
        var decimals = await GetTokenDecimalsAsync(endpoint, contract, cancellationToken).ConfigureAwait(false);
        string? symbol;
        try
        {
            symbol = Erc20.DecodeSymbol(await ReadTokenAsync(endpoint, contract, Erc20.EncodeSymbol(), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is FormatException or ChainException { Kind: ChainErrorKind.Permanent })
        {
            // symbol() is optional in ERC-20.
            symbol = null;
        }

        return new AssetBalance(contract, balance, decimals, symbol);
    }

    /// <summary>The token's <c>decimals()</c>.</summary>
    public async Task<int> GetTokenDecimalsAsync(ChainEndpoint endpoint, string token, CancellationToken cancellationToken)
    {
        var contract = EvmAddress.Normalize(token);
        var result = await ReadTokenAsync(endpoint, contract, Erc20.EncodeDecimals(), cancellationToken).ConfigureAwait(false);
        try
        {
            return Erc20.DecodeDecimals(result);
        }
        catch (FormatException e)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.TokenNotFound, $"{contract} does not answer decimals() like an ERC-20 token.", e);
        }
    }

    /// <summary>The ERC-20 allowance <paramref name="owner"/> granted <paramref name="spender"/>.</summary>
    public async Task<System.Numerics.BigInteger> GetAllowanceAsync(ChainEndpoint endpoint, string token, string owner, string spender, CancellationToken cancellationToken)
    {
        var data = Erc20.EncodeAllowance(EvmAddress.Normalize(owner), EvmAddress.Normalize(spender));
        return Erc20.DecodeUint(await ReadTokenAsync(endpoint, EvmAddress.Normalize(token), data, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<ulong?> GetNonceAsync(ChainEndpoint endpoint, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return await _rpc.GetTransactionCountAsync(endpoint.RpcUrl, EvmAddress.Normalize(address), "pending", cancellationToken).ConfigureAwait(false);
    }

    private static string NativeSymbol(NetworkInfo network) =>
        network.Id.StartsWith("polygon-", StringComparison.Ordinal) ? "POL" : "ETH";

    private async Task<byte[]> ReadTokenAsync(ChainEndpoint endpoint, string contract, byte[] data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var result = await _rpc.CallContractAsync(endpoint.RpcUrl, new EvmCall(null, contract, 0, data), "latest", cancellationToken).ConfigureAwait(false);
        return result.Length > 0
            ? result
            : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.TokenNotFound, $"{contract} returned nothing: it is not an ERC-20 token contract on this network.");
    }
}

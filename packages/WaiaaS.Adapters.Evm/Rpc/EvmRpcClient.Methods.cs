using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>Typed Ethereum JSON-RPC methods.</summary>
public sealed partial class EvmRpcClient
{
    /// <summary><c>eth_chainId</c>.</summary>
    public async Task<ulong> GetChainIdAsync(Uri rpcUrl, CancellationToken cancellationToken) =>
        HexQuantity.ParseUInt64(Text(await CallAsync(rpcUrl, "eth_chainId", [], cancellationToken).ConfigureAwait(false), "eth_chainId"));

    /// <summary><c>eth_blockNumber</c>.</summary>
    public async Task<ulong> GetBlockNumberAsync(Uri rpcUrl, CancellationToken cancellationToken) =>
        HexQuantity.ParseUInt64(Text(await CallAsync(rpcUrl, "eth_blockNumber", [], cancellationToken).ConfigureAwait(false), "eth_blockNumber"));

    /// <summary><c>eth_getBalance(address, block)</c> in wei.</summary>
    public async Task<BigInteger> GetBalanceAsync(Uri rpcUrl, string address, string block, CancellationToken cancellationToken) =>
        HexQuantity.Parse(Text(await CallAsync(rpcUrl, "eth_getBalance", [address, block], cancellationToken).ConfigureAwait(false), "eth_getBalance"));

    /// <summary><c>eth_getTransactionCount(address, block)</c>; with <c>pending</c>, the next nonce the node expects.</summary>
    public async Task<ulong> GetTransactionCountAsync(Uri rpcUrl, string address, string block, CancellationToken cancellationToken) =>
        HexQuantity.ParseUInt64(Text(await CallAsync(rpcUrl, "eth_getTransactionCount", [address, block], cancellationToken).ConfigureAwait(false), "eth_getTransactionCount"));

    /// <summary><c>eth_gasPrice</c> in wei.</summary>
    public async Task<BigInteger> GetGasPriceAsync(Uri rpcUrl, CancellationToken cancellationToken) =>
        HexQuantity.Parse(Text(await CallAsync(rpcUrl, "eth_gasPrice", [], cancellationToken).ConfigureAwait(false), "eth_gasPrice"));

    /// <summary><c>eth_maxPriorityFeePerGas</c> in wei.</summary>
    public async Task<BigInteger> GetMaxPriorityFeePerGasAsync(Uri rpcUrl, CancellationToken cancellationToken) =>
        HexQuantity.Parse(Text(await CallAsync(rpcUrl, "eth_maxPriorityFeePerGas", [], cancellationToken).ConfigureAwait(false), "eth_maxPriorityFeePerGas"));

    /// <summary><c>eth_feeHistory(blockCount, "latest", percentiles)</c>.</summary>
    public async Task<EvmFeeHistory> GetFeeHistoryAsync(Uri rpcUrl, int blockCount, IReadOnlyList<double> percentiles, CancellationToken cancellationToken)
    {
        var percentileArray = new JsonArray();
        foreach (var p in percentiles)
        {
            percentileArray.Add(p);
        }

        var result = await CallAsync(rpcUrl, "eth_feeHistory", [HexQuantity.Format(blockCount), "latest", percentileArray], cancellationToken).ConfigureAwait(false);
        if (result.ValueKind != JsonValueKind.Object)
        {
            throw EvmRpcErrorClassifier.InvalidResponse("eth_feeHistory", "not an object");
        }

        var baseFees = new List<BigInteger>();
        if (result.TryGetProperty("baseFeePerGas", out var baseFeeArray) && baseFeeArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var fee in baseFeeArray.EnumerateArray())
            {
                baseFees.Add(HexQuantity.Parse(Text(fee, "eth_feeHistory")));
            }
        }

        var rewards = new List<IReadOnlyList<BigInteger>>();
        if (result.TryGetProperty("reward", out var rewardArray) && rewardArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var block in rewardArray.EnumerateArray())
            {
                rewards.Add(block.ValueKind == JsonValueKind.Array ? [.. block.EnumerateArray().Select(r => HexQuantity.Parse(Text(r, "eth_feeHistory")))] : []);
            }
        }

        return new EvmFeeHistory(baseFees, rewards);
    }

    /// <summary><c>eth_estimateGas(call)</c> (the node's estimate, without margin).</summary>
    public async Task<ulong> EstimateGasAsync(Uri rpcUrl, EvmCall call, CancellationToken cancellationToken) =>
        HexQuantity.ParseUInt64(Text(await CallAsync(rpcUrl, "eth_estimateGas", [CallObject(call)], cancellationToken).ConfigureAwait(false), "eth_estimateGas"));

    /// <summary><c>eth_call(call, block)</c>; returns the return data.</summary>
    public async Task<byte[]> CallContractAsync(Uri rpcUrl, EvmCall call, string block, CancellationToken cancellationToken) =>
        HexQuantity.ParseData(Text(await CallAsync(rpcUrl, "eth_call", [CallObject(call), block], cancellationToken).ConfigureAwait(false), "eth_call"));

    /// <summary><c>eth_sendRawTransaction</c>; returns the hash the node reports.</summary>
    public async Task<string> SendRawTransactionAsync(Uri rpcUrl, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken) =>
        Text(await CallAsync(rpcUrl, "eth_sendRawTransaction", [HexQuantity.FormatData(raw.Span)], cancellationToken).ConfigureAwait(false), "eth_sendRawTransaction");

    /// <summary><c>eth_getTransactionReceipt</c>; null while the transaction is not included.</summary>
    public async Task<EvmReceipt?> GetTransactionReceiptAsync(Uri rpcUrl, string transactionHash, CancellationToken cancellationToken)
    {
        var result = await CallAsync(rpcUrl, "eth_getTransactionReceipt", [transactionHash], cancellationToken).ConfigureAwait(false);
        if (result.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (result.ValueKind != JsonValueKind.Object)
        {
            throw EvmRpcErrorClassifier.InvalidResponse("eth_getTransactionReceipt", "not an object");
        }

        var status = HexQuantity.Parse(Text(Property(result, "status", "eth_getTransactionReceipt"), "eth_getTransactionReceipt"));
        var contract = result.TryGetProperty("contractAddress", out var c) && c.ValueKind == JsonValueKind.String ? EvmAddress.Normalize(c.GetString()!) : null;
        return new EvmReceipt(
            Text(Property(result, "transactionHash", "eth_getTransactionReceipt"), "eth_getTransactionReceipt"),
            HexQuantity.ParseUInt64(Text(Property(result, "blockNumber", "eth_getTransactionReceipt"), "eth_getTransactionReceipt")),
            status == BigInteger.One,
            HexQuantity.ParseUInt64(Text(Property(result, "gasUsed", "eth_getTransactionReceipt"), "eth_getTransactionReceipt")),
            contract);
    }

    /// <summary>Whether the node knows the transaction (pending or included).</summary>
    public async Task<bool> TransactionExistsAsync(Uri rpcUrl, string transactionHash, CancellationToken cancellationToken)
    {
        var result = await CallAsync(rpcUrl, "eth_getTransactionByHash", [transactionHash], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Object;
    }

    private static JsonObject CallObject(EvmCall call)
    {
        var json = new JsonObject();
        if (call.From is not null)
        {
            json["from"] = call.From;
        }

        if (call.To is not null)
        {
            json["to"] = call.To;
        }

        if (!call.Value.IsZero)
        {
            json["value"] = HexQuantity.Format(call.Value);
        }

        if (call.Gas is { } gas)
        {
            json["gas"] = HexQuantity.Format(gas);
        }

        json["data"] = HexQuantity.FormatData(call.Data.Span);
        return json;
    }

    private static JsonElement Property(JsonElement element, string name, string method) =>
        element.TryGetProperty(name, out var value) ? value : throw EvmRpcErrorClassifier.InvalidResponse(method, $"no {name}");

    private static string Text(JsonElement element, string method) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw EvmRpcErrorClassifier.InvalidResponse(method, $"expected a string, got {element.ValueKind}");
}

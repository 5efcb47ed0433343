using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using WaiaaS.Core;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Turns a stored transaction row back into the chain adapter's request (the row is the only source: a restart rebuilds the same request).</summary>
internal static class ChainRequestFactory
{
    public static TransactionRequest Create(TransactionEntity row, string from)
    {
        if (!WireNames.TryParse<TransactionType>(row.Type, out var type))
        {
            throw new InvalidDataException($"transaction {row.Id} has an unknown type '{row.Type}'");
        }

        var metadata = row.Metadata is null ? null : JsonNode.Parse(row.Metadata)?.AsObject();
        var amount = row.Amount is null ? BigInteger.Zero : BigInteger.Parse(row.Amount, CultureInfo.InvariantCulture);
        var decimals = metadata?["decimals"]?.GetValue<int>();
        var memo = metadata?["memo"]?.GetValue<string>();
        var to = row.ToAddress ?? throw new InvalidDataException($"transaction {row.Id} has no recipient");
        return type switch
        {
            TransactionType.Transfer => new NativeTransferRequest(from, to, amount, memo),
            TransactionType.TokenTransfer => new TokenTransferRequest(from, to, row.Token!, amount, decimals, memo),
            TransactionType.Approve => new ApproveRequest(from, row.Token!, to, amount, decimals),
            _ => new ContractCallRequest(
                from,
                row.Contract ?? to,
                row.Calldata is null ? ReadOnlyMemory<byte>.Empty : Convert.FromHexString(row.Calldata),
                amount,
                metadata?["accounts"] is JsonArray accounts
                    ? [.. accounts.Select(a => new ContractAccount(a!["address"]!.GetValue<string>(), a["isSigner"]!.GetValue<bool>(), a["isWritable"]!.GetValue<bool>()))]
                    : null),
        };
    }
}

using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>Raw transaction parsing for policies.</summary>
public sealed partial class EvmChainAdapter
{
    /// <inheritdoc />
    public ParsedTransaction ParseRawTransaction(ReadOnlySpan<byte> raw)
    {
        DecodedEvmTransaction decoded;
        try
        {
            decoded = EvmTransactionDecoder.Decode(raw);
        }
        catch (FormatException e)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, "The bytes are not an EVM transaction: " + e.Message, e);
        }

        return new ParsedTransaction(ChainType.Ethereum, decoded.From, Operations(decoded.Transaction), decoded.Signature is not null);
    }

    private static List<ParsedOperation> Operations(EvmTransaction tx)
    {
        var operations = new List<ParsedOperation>();
        if (tx.To is null)
        {
            operations.Add(new ParsedOperation("contract_call", null, tx.Value, null, null));
            return operations;
        }

        if (tx.Data.IsEmpty)
        {
            operations.Add(new ParsedOperation("native_transfer", tx.To, tx.Value, null, null));
            return operations;
        }

        switch (Erc20.TryDecodeCall(tx.Data.Span))
        {
            case { Kind: Erc20CallKind.Approve } approve:
                operations.Add(new ParsedOperation("approve", approve.To, approve.Amount, tx.To, tx.To));
                break;
            case { } transfer:
                operations.Add(new ParsedOperation("token_transfer", transfer.To, transfer.Amount, tx.To, tx.To));
                break;
            default:
                operations.Add(new ParsedOperation("contract_call", tx.To, tx.Value, null, tx.To));
                return operations;
        }

        if (!tx.Value.IsZero)
        {
            // Ether sent along with a token call still leaves the wallet.
            operations.Add(new ParsedOperation("native_transfer", tx.To, tx.Value, null, null));
        }

        return operations;
    }
}

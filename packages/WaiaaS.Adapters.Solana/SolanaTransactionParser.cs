using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana;

/// <summary>
/// Decodes a raw transaction (wire bytes, signed or not, or a bare message) into operations for policy checks:
/// System transfers, token TransferChecked / ApproveChecked, calls to known infrastructure programs (compute budget,
/// associated token accounts, memo) as contract calls, anything else as unknown.
/// </summary>
internal static class SolanaTransactionParser
{
    public static ParsedTransaction Parse(ReadOnlySpan<byte> raw)
    {
        SolanaMessage message;
        var signed = false;
        try
        {
            try
            {
                var transaction = SolanaTransaction.Deserialize(raw);
                message = transaction.Message;
                signed = transaction.IsSigned;
            }
            catch (FormatException)
            {
                message = SolanaMessage.Deserialize(raw);
            }
        }
        catch (FormatException e)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, "The bytes are not a Solana transaction or message.", e);
        }

        if (message.AddressTableLookups.Count > 0)
        {
            // Accounts loaded from lookup tables cannot be resolved offline; report every instruction as unknown.
            return new ParsedTransaction(ChainType.Solana, message.FeePayer.ToString(), [.. message.Instructions.Select(_ => Unknown(null))], signed);
        }

        var createdOwners = new Dictionary<SolanaAddress, SolanaAddress>();
        var operations = new List<ParsedOperation>();
        foreach (var instruction in message.Instructions)
        {
            operations.Add(Operation(message, instruction, createdOwners));
        }

        return new ParsedTransaction(ChainType.Solana, message.FeePayer.ToString(), operations, signed);
    }

    private static ParsedOperation Operation(SolanaMessage message, CompiledInstruction instruction, Dictionary<SolanaAddress, SolanaAddress> createdOwners)
    {
        if (instruction.ProgramIdIndex >= message.AccountKeys.Count || instruction.AccountIndexes.Any(i => i >= message.AccountKeys.Count))
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction, "An instruction refers to an account the message does not have.");
        }

        var program = message.AccountKeys[instruction.ProgramIdIndex];
        var accounts = instruction.AccountIndexes.Select(i => message.AccountKeys[i]).ToList();
        var data = instruction.Data.Span;
        if (program == ProgramIds.System && accounts.Count >= 2 && SystemProgram.TryDecodeTransfer(data, out var lamports))
        {
            return new ParsedOperation("native_transfer", accounts[1].ToString(), lamports, null, program.ToString());
        }

        if (ProgramIds.IsTokenProgram(program) && accounts.Count >= 4)
        {
            if (TokenProgram.TryDecodeAmountAndDecimals(data, TokenProgram.TransferCheckedTag, out var amount, out _))
            {
                // The recipient is the destination token account's owner when this transaction creates that account.
                var to = createdOwners.TryGetValue(accounts[2], out var owner) ? owner : accounts[2];
                return new ParsedOperation("token_transfer", to.ToString(), amount, accounts[1].ToString(), program.ToString());
            }

            if (TokenProgram.TryDecodeAmountAndDecimals(data, TokenProgram.ApproveCheckedTag, out var allowance, out _))
            {
                return new ParsedOperation("approve", accounts[2].ToString(), allowance, accounts[1].ToString(), program.ToString());
            }
        }

        if (program == ProgramIds.AssociatedToken && accounts.Count >= 4)
        {
            createdOwners[accounts[1]] = accounts[2];
            return new ParsedOperation("contract_call", accounts[1].ToString(), null, accounts[3].ToString(), program.ToString());
        }

        if (program == ProgramIds.ComputeBudget || program == ProgramIds.Memo)
        {
            return new ParsedOperation("contract_call", null, null, null, program.ToString());
        }

        return Unknown(program.ToString());
    }

    private static ParsedOperation Unknown(string? program) => new("unknown", null, null, null, program);
}

using System.Numerics;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana;

/// <summary>Turns a <see cref="TransactionRequest"/> into instructions, a message on a fresh blockhash, and its fee.</summary>
internal sealed class SolanaTransactionBuilder(SolanaAdapterOptions options, TimeProvider timeProvider)
{
    private const int TokenAccountSize = 165;
    private const int Token2022AssociatedAccountSize = 170; // 165 + the ImmutableOwner extension the ATA program adds

    public async Task<SolanaUnsignedTransaction> BuildAsync(
        SolanaRpcClient rpc, ChainEndpoint endpoint, TransactionRequest request, TransactionBuildOptions buildOptions, CancellationToken cancellationToken)
    {
        var payer = Address(request.From, "from");
        var (instructions, rentLamports) = await InstructionsAsync(rpc, payer, request, buildOptions, cancellationToken).ConfigureAwait(false);
        var price = buildOptions.PriorityFee is { } p ? ToU64(p, "priority fee") : options.DefaultComputeUnitPrice;
        var budget = new List<SolanaInstruction>();
        if (buildOptions.ComputeUnitLimit is { } limit)
        {
            budget.Add(ComputeBudgetProgram.SetComputeUnitLimit(limit));
        }

        if (price > 0)
        {
            budget.Add(ComputeBudgetProgram.SetComputeUnitPrice(price));
        }

        var all = budget.Concat(instructions).ToList();
        var blockhash = await rpc.GetLatestBlockhashAsync(cancellationToken).ConfigureAwait(false);
        var message = MessageCompiler.Compile(payer, all, blockhash.Blockhash, options.MessageVersion);
        var bytes = message.Serialize();
        var units = buildOptions.ComputeUnitLimit ?? ComputeBudgetProgram.DefaultUnitLimit(all.Select(i => i.ProgramId));
        var priorityFee = ComputeBudgetProgram.PriorityFeeLamports(price, units);
        var networkFee = await rpc.GetFeeForMessageAsync(bytes, cancellationToken).ConfigureAwait(false)
            ?? (5000UL * message.Header.RequiredSignatures) + priorityFee;
        var details = new Dictionary<string, string>
        {
            ["networkFee"] = networkFee.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["priorityFee"] = priorityFee.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["computeUnitPrice"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["computeUnitLimit"] = units.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["accountRent"] = rentLamports.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["signatures"] = message.Header.RequiredSignatures.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var fee = new FeeEstimate(new BigInteger(networkFee) + rentLamports, details);
        return new SolanaUnsignedTransaction(
            endpoint, request, bytes, fee, timeProvider.GetUtcNow() + options.BlockhashLifetime, message, blockhash.LastValidBlockHeight, buildOptions);
    }

    private static async Task<(List<SolanaInstruction> Instructions, ulong Rent)> InstructionsAsync(
        SolanaRpcClient rpc, SolanaAddress payer, TransactionRequest request, TransactionBuildOptions buildOptions, CancellationToken cancellationToken)
    {
        switch (request)
        {
            case NativeTransferRequest native:
                return (WithMemo([SystemProgram.Transfer(payer, Address(native.To, "to"), ToU64(native.Amount, "amount"))], native.Memo, payer), 0);

            case TokenTransferRequest token:
                {
                    var mint = await MintAsync(rpc, token.Token, token.Decimals, cancellationToken).ConfigureAwait(false);
                    var recipient = Address(token.To, "to");
                    var source = AssociatedTokenAccountProgram.FindAddress(payer, mint.Address, mint.Program);
                    var destination = AssociatedTokenAccountProgram.FindAddress(recipient, mint.Address, mint.Program);
                    var instructions = new List<SolanaInstruction>();
                    ulong rent = 0;
                    if (buildOptions.CreateRecipientTokenAccount
                        && await rpc.GetAccountInfoAsync(destination.ToString(), cancellationToken).ConfigureAwait(false) is null)
                    {
                        instructions.Add(AssociatedTokenAccountProgram.CreateIdempotent(payer, recipient, mint.Address, mint.Program));
                        var size = mint.Program == ProgramIds.Token2022 ? Token2022AssociatedAccountSize : TokenAccountSize;
                        rent = await rpc.GetMinimumBalanceForRentExemptionAsync(size, cancellationToken).ConfigureAwait(false);
                    }

                    instructions.Add(TokenProgram.TransferChecked(source, mint.Address, destination, payer, ToU64(token.Amount, "amount"), mint.Decimals, mint.Program));
                    return (WithMemo(instructions, token.Memo, payer), rent);
                }

            case ApproveRequest approve:
                {
                    var mint = await MintAsync(rpc, approve.Token, approve.Decimals, cancellationToken).ConfigureAwait(false);
                    var source = AssociatedTokenAccountProgram.FindAddress(payer, mint.Address, mint.Program);
                    return ([TokenProgram.ApproveChecked(source, mint.Address, Address(approve.Spender, "spender"), payer, ToU64(approve.Amount, "amount"), mint.Decimals, mint.Program)], 0);
                }

            case ContractCallRequest call:
                return ([ContractCall(payer, call)], 0);

            default:
                throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, $"{request.GetType().Name} is not supported on Solana.");
        }
    }

    private static SolanaInstruction ContractCall(SolanaAddress payer, ContractCallRequest call)
    {
        if (!call.Value.IsZero)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, "Solana program calls carry no value; add a native transfer instead.");
        }

        var accounts = (call.Accounts ?? []).Select(a => new AccountMeta(Address(a.Address, "account"), a.IsSigner, a.IsWritable)).ToList();
        if (accounts.Any(a => a.IsSigner && a.Address != payer))
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.Unsupported, "Only the wallet itself can sign; another account is marked as a signer.");
        }

        return new SolanaInstruction(Address(call.Contract, "contract"), accounts, call.Data.ToArray());
    }

    private static async Task<(SolanaAddress Address, SolanaAddress Program, byte Decimals)> MintAsync(
        SolanaRpcClient rpc, string token, int? expectedDecimals, CancellationToken cancellationToken)
    {
        var mint = Address(token, "token");
        var account = await rpc.GetAccountInfoAsync(token, cancellationToken).ConfigureAwait(false);
        if (account is null || !SolanaAddress.TryParse(account.Owner, out var program) || !ProgramIds.IsTokenProgram(program)
            || account.Data.Length < TokenProgram.MintSize || account.Data.Span[45] != 1)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.TokenNotFound, $"{token} is not an SPL token mint.");
        }

        var decimals = account.Data.Span[44];
        if (expectedDecimals is { } expected && expected != decimals)
        {
            throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.TokenNotFound, $"{token} has {decimals} decimals, not {expected}.");
        }

        return (mint, program, decimals);
    }

    private static List<SolanaInstruction> WithMemo(List<SolanaInstruction> instructions, string? memo, SolanaAddress payer)
    {
        if (!string.IsNullOrEmpty(memo))
        {
            instructions.Add(MemoProgram.Memo(memo, payer));
        }

        return instructions;
    }

    internal static SolanaAddress Address(string text, string what) =>
        SolanaAddress.TryParse(text, out var address)
            ? address
            : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.InvalidAddress, $"The {what} address is not a valid Solana address.");

    private static ulong ToU64(BigInteger value, string what) =>
        value >= 0 && value <= ulong.MaxValue
            ? (ulong)value
            : throw new ChainException(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, $"The {what} is outside 0..2^64-1.");
}

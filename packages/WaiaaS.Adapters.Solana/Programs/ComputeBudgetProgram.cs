using System.Buffers.Binary;
using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>Compute Budget instructions: the priority fee (price per compute unit) and the compute-unit limit.</summary>
public static class ComputeBudgetProgram
{
    /// <summary>Tag of <c>SetComputeUnitLimit</c>.</summary>
    public const byte SetComputeUnitLimitTag = 2;

    /// <summary>Tag of <c>SetComputeUnitPrice</c>.</summary>
    public const byte SetComputeUnitPriceTag = 3;

    /// <summary>The runtime's default limit for an instruction of a program that is not a builtin.</summary>
    public const uint DefaultUnitsPerInstruction = 200_000;

    /// <summary>The runtime's default limit for an instruction of a builtin program (System, Compute Budget, …).</summary>
    public const uint DefaultUnitsPerBuiltinInstruction = 3_000;

    private static readonly HashSet<SolanaAddress> Builtins =
    [
        ProgramIds.System,
        ProgramIds.ComputeBudget,
        SolanaAddress.Parse("AddressLookupTab1e1111111111111111111111111"),
        SolanaAddress.Parse("Vote111111111111111111111111111111111111111"),
        SolanaAddress.Parse("Stake11111111111111111111111111111111111111"),
        SolanaAddress.Parse("Config1111111111111111111111111111111111111"),
        SolanaAddress.Parse("BPFLoader1111111111111111111111111111111111"),
        SolanaAddress.Parse("BPFLoader2111111111111111111111111111111111"),
        SolanaAddress.Parse("BPFLoaderUpgradeab1e11111111111111111111111"),
        SolanaAddress.Parse("LoaderV411111111111111111111111111111111111"),
    ];

    /// <summary>The most compute units a transaction may request.</summary>
    public const uint MaxUnits = 1_400_000;

    /// <summary>Sets the compute-unit limit.</summary>
    public static SolanaInstruction SetComputeUnitLimit(uint units)
    {
        var data = new byte[5];
        data[0] = SetComputeUnitLimitTag;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), units);
        return new SolanaInstruction(ProgramIds.ComputeBudget, [], data);
    }

    /// <summary>Sets the price per compute unit in micro-lamports (the priority fee).</summary>
    public static SolanaInstruction SetComputeUnitPrice(ulong microLamports)
    {
        var data = new byte[9];
        data[0] = SetComputeUnitPriceTag;
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(1), microLamports);
        return new SolanaInstruction(ProgramIds.ComputeBudget, [], data);
    }

    /// <summary>
    /// The compute-unit limit the runtime applies when a transaction sets none: 3,000 per builtin-program instruction
    /// (compute-budget instructions included) plus 200,000 per other instruction, at most 1,400,000.
    /// </summary>
    public static uint DefaultUnitLimit(IEnumerable<SolanaAddress> instructionPrograms)
    {
        ArgumentNullException.ThrowIfNull(instructionPrograms);
        var total = instructionPrograms.Aggregate(0UL, (sum, p) => sum + (Builtins.Contains(p) ? DefaultUnitsPerBuiltinInstruction : DefaultUnitsPerInstruction));
        return (uint)Math.Min(total, MaxUnits);
    }

    /// <summary>The priority fee in lamports: ceil(price × limit / 1,000,000).</summary>
    public static ulong PriorityFeeLamports(ulong microLamportsPerUnit, uint unitLimit)
    {
        var micro = (UInt128)microLamportsPerUnit * unitLimit;
        return (ulong)((micro + 999_999) / 1_000_000);
    }
}

namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>An account an instruction touches, with its role.</summary>
/// <param name="Address">The account.</param>
/// <param name="IsSigner">Whether the transaction must carry its signature.</param>
/// <param name="IsWritable">Whether the instruction may change it.</param>
public sealed record AccountMeta(SolanaAddress Address, bool IsSigner, bool IsWritable)
{
    /// <summary>A writable account.</summary>
    public static AccountMeta Writable(SolanaAddress address, bool isSigner = false) => new(address, isSigner, true);

    /// <summary>A read-only account.</summary>
    public static AccountMeta ReadOnly(SolanaAddress address, bool isSigner = false) => new(address, isSigner, false);
}

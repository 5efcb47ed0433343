namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>Addresses of the programs the adapter builds instructions for.</summary>
public static class ProgramIds
{
    /// <summary>The System Program.</summary>
    public static SolanaAddress System { get; } = SolanaAddress.Parse("11111111111111111111111111111111");

    /// <summary>The SPL Token program.</summary>
    public static SolanaAddress Token { get; } = SolanaAddress.Parse("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");

    /// <summary>The SPL Token-2022 program.</summary>
    public static SolanaAddress Token2022 { get; } = SolanaAddress.Parse("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");

    /// <summary>The SPL Associated Token Account program.</summary>
    public static SolanaAddress AssociatedToken { get; } = SolanaAddress.Parse("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");

    /// <summary>The Compute Budget program.</summary>
    public static SolanaAddress ComputeBudget { get; } = SolanaAddress.Parse("ComputeBudget111111111111111111111111111111");

    /// <summary>The SPL Memo program (v2).</summary>
    public static SolanaAddress Memo { get; } = SolanaAddress.Parse("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");

    /// <summary>Whether <paramref name="programId"/> is one of the two SPL token programs.</summary>
    public static bool IsTokenProgram(SolanaAddress programId) => programId == Token || programId == Token2022;
}

namespace WaiaaS.Mcp.Tools;

/// <summary>One account of a Solana program call, as a tool argument.</summary>
/// <param name="Address">The account's public key (base58).</param>
/// <param name="IsSigner">Whether it signs (only the wallet itself can).</param>
/// <param name="IsWritable">Whether the program writes it.</param>
public sealed record AccountArgument(string Address, bool IsSigner = false, bool IsWritable = false);

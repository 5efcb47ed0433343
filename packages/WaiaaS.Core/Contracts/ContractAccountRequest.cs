namespace WaiaaS.Core.Contracts;

/// <summary>One account of a Solana <c>CONTRACT_CALL</c>.</summary>
/// <param name="Address">Base58 address.</param>
/// <param name="IsSigner">Whether the account signs.</param>
/// <param name="IsWritable">Whether the account is written.</param>
public sealed record ContractAccountRequest(string Address, bool IsSigner = false, bool IsWritable = false);

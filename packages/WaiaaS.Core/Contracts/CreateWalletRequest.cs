namespace WaiaaS.Core.Contracts;

/// <summary><c>POST /v1/wallets</c>.</summary>
/// <param name="Name">1–64 characters, unique among wallets that are not terminated.</param>
/// <param name="Chain"><c>solana</c> or <c>ethereum</c>.</param>
/// <param name="Environment"><c>testnet</c> (default) or <c>mainnet</c>.</param>
public sealed record CreateWalletRequest(string? Name, string? Chain, string? Environment);

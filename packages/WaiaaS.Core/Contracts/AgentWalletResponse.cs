namespace WaiaaS.Core.Contracts;

/// <summary><c>GET /v1/wallet/address</c>: the session wallet's address on a network.</summary>
/// <param name="WalletId">The wallet.</param>
/// <param name="Chain"><c>solana</c> or <c>ethereum</c>.</param>
/// <param name="Network">The network id.</param>
/// <param name="Address">Base58 or EIP-55 address.</param>
public sealed record AgentWalletResponse(string WalletId, string Chain, string Network, string Address);

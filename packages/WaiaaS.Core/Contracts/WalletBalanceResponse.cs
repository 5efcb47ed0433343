namespace WaiaaS.Core.Contracts;

/// <summary><c>GET /v1/wallet/balance</c> (native) and <c>GET /v1/wallet/assets</c> (native + registered tokens).</summary>
/// <param name="WalletId">The wallet.</param>
/// <param name="Chain"><c>solana</c> or <c>ethereum</c>.</param>
/// <param name="Network">The network id.</param>
/// <param name="Address">The wallet's address.</param>
/// <param name="Assets">The balances (the native coin first).</param>
public sealed record WalletBalanceResponse(string WalletId, string Chain, string Network, string Address, IReadOnlyList<AssetBalanceResponse> Assets);

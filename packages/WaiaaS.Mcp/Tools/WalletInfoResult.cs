using WaiaaS.Core.Contracts;

namespace WaiaaS.Mcp.Tools;

/// <summary>The answer of <c>get_wallet_info</c>: the wallet's identity and the networks it can use.</summary>
/// <param name="WalletId">The wallet.</param>
/// <param name="Chain"><c>solana</c> or <c>ethereum</c>.</param>
/// <param name="Address">Its address.</param>
/// <param name="DefaultNetwork">The network used when a call names none.</param>
/// <param name="Networks">The networks it can use.</param>
internal sealed record WalletInfoResult(string WalletId, string Chain, string Address, string DefaultNetwork, IReadOnlyList<WalletNetworkResponse> Networks);

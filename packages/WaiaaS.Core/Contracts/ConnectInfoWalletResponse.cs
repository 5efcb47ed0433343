namespace WaiaaS.Core.Contracts;

/// <summary>One wallet of <see cref="ConnectInfoResponse"/>.</summary>
/// <param name="Id">The wallet id (pass it as <c>walletId</c> when the session has several wallets).</param>
/// <param name="Name">The operator's name for it.</param>
/// <param name="Chain"><c>solana</c> or <c>ethereum</c>.</param>
/// <param name="Environment"><c>testnet</c> or <c>mainnet</c>.</param>
/// <param name="Address">Base58 or EIP-55 address.</param>
/// <param name="Status"><c>ACTIVE</c>, <c>SUSPENDED</c>, …</param>
/// <param name="OwnerState"><c>NONE</c>, <c>GRACE</c> or <c>LOCKED</c>: whether an owner can approve transactions.</param>
/// <param name="DefaultNetwork">The network used when a request names none.</param>
/// <param name="Networks">The networks the wallet can use (those the session's constraints allow).</param>
public sealed record ConnectInfoWalletResponse(
    string Id,
    string Name,
    string Chain,
    string Environment,
    string Address,
    string Status,
    string OwnerState,
    string DefaultNetwork,
    IReadOnlyList<WalletNetworkResponse> Networks);

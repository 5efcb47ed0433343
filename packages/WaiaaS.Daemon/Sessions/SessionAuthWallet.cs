using WaiaaS.Core.Wallets;

namespace WaiaaS.Daemon.Sessions;

/// <summary>A bound wallet's id and status.</summary>
internal sealed record SessionAuthWallet(string Id, WalletStatus Status);

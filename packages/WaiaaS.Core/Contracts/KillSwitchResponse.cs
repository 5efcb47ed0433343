namespace WaiaaS.Core.Contracts;

/// <summary>The outcome of activating or recovering from the kill switch.</summary>
/// <param name="State"><c>ACTIVE</c>, <c>SUSPENDED</c> or <c>LOCKED</c> after the change.</param>
/// <param name="PreviousState">The state before the change.</param>
/// <param name="ChangedAt">When the state changed (Unix seconds).</param>
/// <param name="SessionsRevoked">Sessions the activation revoked.</param>
/// <param name="TransactionsCancelled">PENDING and QUEUED transactions the activation cancelled.</param>
/// <param name="WalletsSuspended">ACTIVE wallets the activation suspended.</param>
/// <param name="WalletsRestored">Wallets the recovery made ACTIVE again.</param>
public sealed record KillSwitchResponse(
    string State,
    string PreviousState,
    long ChangedAt,
    int SessionsRevoked,
    int TransactionsCancelled,
    int WalletsSuspended,
    int WalletsRestored);

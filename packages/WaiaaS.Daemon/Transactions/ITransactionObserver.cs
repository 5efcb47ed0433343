namespace WaiaaS.Daemon.Transactions;

/// <summary>Watches accepted and settled transactions (AutoStop's rules, SPEC §10).</summary>
internal interface ITransactionObserver
{
    /// <summary>A request passed the policy stage for <paramref name="walletId"/>.</summary>
    Task AcceptedAsync(string walletId, CancellationToken cancellationToken);

    /// <summary>A transaction of <paramref name="walletId"/> reached the terminal status <paramref name="status"/> (wire name).</summary>
    Task SettledAsync(string walletId, string status, CancellationToken cancellationToken);
}

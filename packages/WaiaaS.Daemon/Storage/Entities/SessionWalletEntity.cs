namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>session_wallets</c>: a wallet a session may use.</summary>
public sealed class SessionWalletEntity
{
    /// <summary>The session (deleting a session deletes its links).</summary>
    public required string SessionId { get; set; }

    /// <summary>The wallet.</summary>
    public required string WalletId { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}

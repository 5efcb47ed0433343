namespace WaiaaS.Mcp.Sessions;

/// <summary>Where a <see cref="SessionManager"/> stands (SPEC §13).</summary>
public enum SessionState
{
    /// <summary><see cref="SessionManager.StartAsync"/> has not run yet.</summary>
    NotStarted,

    /// <summary>A token is held and its renewal is scheduled.</summary>
    Active,

    /// <summary>
    /// The session cannot be extended (renewals used up, absolute lifetime reached, or the daemon refused the token).
    /// The current token is still used until its <c>exp</c> when the daemon has not refused it; the token file is
    /// polled for a new one.
    /// </summary>
    Expired,

    /// <summary>
    /// No usable token could be loaded (missing, unsafe or malformed file), renewal failed after its retries, or the
    /// renewed token could not be written to the file. The token file is polled; renewal is retried when due.
    /// </summary>
    Error,
}

namespace WaiaaS.Daemon.Http;

/// <summary>The credential an endpoint requires (SPEC §6). Every endpoint declares exactly one.</summary>
public enum AuthRequirement
{
    /// <summary>No credential: only <c>/health</c> and the OpenAPI document.</summary>
    None,

    /// <summary>The operator: <c>X-Master-Password</c>.</summary>
    Master,

    /// <summary>An agent: <c>Authorization: Bearer wai_sess_…</c>.</summary>
    Session,

    /// <summary>
    /// An agent's session when an <c>Authorization</c> header is present, otherwise the operator's master password
    /// (reads and cancels both may do, each limited to what it may see).
    /// </summary>
    SessionOrMaster,

    /// <summary>The owner: a signature by the owner's wallet key over a server-issued nonce.</summary>
    Owner,
}

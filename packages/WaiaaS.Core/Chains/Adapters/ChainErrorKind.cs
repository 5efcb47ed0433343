namespace WaiaaS.Core.Chains.Adapters;

/// <summary>How the pipeline should react to a chain failure.</summary>
public enum ChainErrorKind
{
    /// <summary>Retrying the same thing will fail again (insufficient funds, invalid address, revert).</summary>
    Permanent,

    /// <summary>May succeed if retried as is (timeout, dropped connection, rate limit, node unavailable).</summary>
    Transient,

    /// <summary>The transaction was built on state that moved on (expired blockhash, nonce too low): rebuild and retry.</summary>
    Stale,
}

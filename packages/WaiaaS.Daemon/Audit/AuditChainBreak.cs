namespace WaiaaS.Daemon.Audit;

/// <summary>Why the audit chain is broken at a row.</summary>
public enum AuditChainBreak
{
    /// <summary>The chain is intact.</summary>
    None,

    /// <summary>The row's stored hash is not the hash of its content: a field was changed.</summary>
    HashMismatch,

    /// <summary>The row's prev_hash is not the previous row's hash: a row was removed, inserted or moved before it.</summary>
    PrevHashMismatch,

    /// <summary>The row's seq is not one more than the previous row's: a row was removed or inserted before it.</summary>
    SequenceMismatch,
}

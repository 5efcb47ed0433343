namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>The wire format of a message.</summary>
public enum MessageVersion
{
    /// <summary>The original format, without a version prefix.</summary>
    Legacy,

    /// <summary>Version 0 (prefix byte <c>0x80</c>), which can load accounts from address lookup tables.</summary>
    V0,
}

namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>key_value_store</c> (e.g. <c>kill_switch_state</c>, <c>version_check_latest</c>).</summary>
public sealed class KeyValueEntity
{
    /// <summary>Key.</summary>
    public required string Key { get; set; }

    /// <summary>Plain-text value.</summary>
    public required string Value { get; set; }

    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}

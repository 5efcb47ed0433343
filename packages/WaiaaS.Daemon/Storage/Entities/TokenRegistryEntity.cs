namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>token_registry</c>: a token known on a network (built in or added by the operator).</summary>
public sealed class TokenRegistryEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>Network name.</summary>
    public required string Network { get; set; }

    /// <summary>Mint or contract address (unique per network).</summary>
    public required string Address { get; set; }

    /// <summary>Ticker symbol.</summary>
    public required string Symbol { get; set; }

    /// <summary>Token name.</summary>
    public string? Name { get; set; }

    /// <summary>Decimals of the base unit.</summary>
    public int Decimals { get; set; }

    /// <summary><c>builtin</c> or <c>custom</c>.</summary>
    public required string Source { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}

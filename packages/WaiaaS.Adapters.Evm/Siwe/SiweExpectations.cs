namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>What the verifier requires of a SIWE message; null members are not checked.</summary>
/// <param name="Domain">The domain (authority) that issued the request; compared case-insensitively.</param>
/// <param name="Nonce">The nonce the server issued.</param>
/// <param name="ChainId">The chain id the server expects.</param>
/// <param name="Address">The address that must have signed.</param>
/// <param name="Uri">The URI the server expects.</param>
public sealed record SiweExpectations(string? Domain = null, string? Nonce = null, ulong? ChainId = null, string? Address = null, string? Uri = null)
{
    /// <summary>Tolerance for clocks: an issued-at up to this far in the future is accepted.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(1);
}

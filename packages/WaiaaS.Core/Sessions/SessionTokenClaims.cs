using System.Collections.Immutable;

namespace WaiaaS.Core.Sessions;

/// <summary>The claims of a session token (SPEC §6).</summary>
/// <param name="SessionId"><c>sub</c>: the session id.</param>
/// <param name="WalletIds"><c>wids</c>: the wallets the session may use.</param>
/// <param name="IssuedAt"><c>iat</c>, Unix seconds.</param>
/// <param name="ExpiresAt"><c>exp</c>, Unix seconds.</param>
public sealed record SessionTokenClaims(string SessionId, ImmutableArray<string> WalletIds, long IssuedAt, long ExpiresAt)
{
    /// <summary>Structural equality (the wallet list compares by content).</summary>
    public bool Equals(SessionTokenClaims? other) =>
        other is not null && SessionId == other.SessionId && IssuedAt == other.IssuedAt && ExpiresAt == other.ExpiresAt
        && WalletIds.SequenceEqual(other.WalletIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SessionId, IssuedAt, ExpiresAt);
}

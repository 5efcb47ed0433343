using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary>A session as the API returns it. Times are Unix seconds (as in <see cref="WalletResponse"/>).</summary>
/// <param name="Id">The session id (the token's <c>sub</c>).</param>
/// <param name="Token">The bearer token: only in the answer to create; never stored, never shown again.</param>
/// <param name="ExpiresAt">When the current token expires.</param>
/// <param name="AbsoluteExpiresAt">When the session ends whatever the renewals; null when unlimited.</param>
/// <param name="RenewalCount">Renewals done.</param>
/// <param name="MaxRenewals">Renewals allowed (0 = unlimited).</param>
/// <param name="RenewalsRemaining">Renewals left; null when unlimited.</param>
/// <param name="TtlSeconds">Seconds one token lives (0 = unlimited).</param>
/// <param name="Wallets">The wallets the session may use.</param>
/// <param name="Constraints">The session's constraints (every rule; an empty one does not constrain).</param>
/// <param name="Source"><c>api</c>, <c>mcp</c>, <c>telegram</c> or <c>cli</c>.</param>
/// <param name="Status"><c>ACTIVE</c>, <c>EXPIRED</c> or <c>REVOKED</c>.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="LastRenewedAt">When it was last renewed.</param>
/// <param name="RevokedAt">When it was revoked.</param>
public sealed record SessionResponse(
    string Id,
    string? Token,
    long ExpiresAt,
    long? AbsoluteExpiresAt,
    int RenewalCount,
    int MaxRenewals,
    int? RenewalsRemaining,
    long TtlSeconds,
    IReadOnlyList<SessionWalletResponse> Wallets,
    JsonObject Constraints,
    string Source,
    string Status,
    long CreatedAt,
    long? LastRenewedAt,
    long? RevokedAt);

using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary><c>POST /v1/sessions</c> (masterAuth). Name the wallets with <c>walletId</c> or <c>walletIds</c>, not both.</summary>
/// <param name="WalletId">The one wallet the session may use.</param>
/// <param name="WalletIds">The wallets the session may use (1–20, each ACTIVE).</param>
/// <param name="Ttl">Seconds one token lives; default <c>[security] session_ttl</c>; 0 = unlimited.</param>
/// <param name="MaxRenewals">Renewals allowed; default <c>[security] session_max_renewals</c>; 0 = unlimited.</param>
/// <param name="AbsoluteLifetime">Seconds the session lives across renewals; default <c>[security] session_absolute_lifetime</c>; 0 = unlimited.</param>
/// <param name="Constraints">
/// <c>{allowedNetworks, allowedTypes, maxAmountPerTx, allowedRecipients}</c>; when absent the default-constraints
/// rule applies (wallet &gt; config &gt; built-in).
/// </param>
/// <param name="Source">Who asks: <c>api</c> (default), <c>mcp</c>, <c>telegram</c> or <c>cli</c>.</param>
public sealed record CreateSessionRequest(
    string? WalletId = null,
    IReadOnlyList<string>? WalletIds = null,
    long? Ttl = null,
    int? MaxRenewals = null,
    long? AbsoluteLifetime = null,
    JsonObject? Constraints = null,
    string? Source = null);

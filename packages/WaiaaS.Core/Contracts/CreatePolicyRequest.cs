using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary>Body of <c>POST /v1/policies</c> (docs/policies.md). Absent fields are left out.</summary>
/// <param name="Type">The policy type, e.g. <c>SPENDING_LIMIT</c>.</param>
/// <param name="Rules">The type's rules object, with snake_case keys (e.g. <c>instant_max</c>).</param>
/// <param name="WalletId">The wallet it applies to; null = every wallet.</param>
/// <param name="Network">The network it applies to; null = every network.</param>
/// <param name="Priority">Higher first; default 0.</param>
/// <param name="Enabled">Default true.</param>
public sealed record CreatePolicyRequest(
    string Type,
    JsonObject Rules,
    string? WalletId = null,
    string? Network = null,
    int? Priority = null,
    bool? Enabled = null);

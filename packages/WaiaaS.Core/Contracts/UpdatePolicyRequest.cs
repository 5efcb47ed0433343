using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary>
/// Body of <c>PUT /v1/policies/{id}</c>: only the fields given change (a null field is left out, so it stays as it
/// is). The wallet and the type of a policy never change.
/// </summary>
/// <param name="Rules">New rules (snake_case keys).</param>
/// <param name="Network">A new network scope.</param>
/// <param name="Priority">A new priority.</param>
/// <param name="Enabled">Enable or disable.</param>
public sealed record UpdatePolicyRequest(
    JsonObject? Rules = null,
    string? Network = null,
    int? Priority = null,
    bool? Enabled = null);

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Policies;

/// <summary>
/// Policy management (SPEC §8): create, list, get, update, delete. Rules are validated per type before anything is
/// written; each change commits in one <c>BEGIN IMMEDIATE</c> transaction with its audit row.
/// </summary>
internal sealed class PolicyService(IDbContextFactory<WaiaasDbContext> factory, PolicyScopeValidator scopes, AuditLogWriter audit, TimeProvider time)
{
    public async Task<Result<PolicyResponse>> CreateAsync(JsonElement body, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var read = PolicyInput.Read(body);
        if (!read.Succeeded)
        {
            return read.Failure;
        }

        var input = read.Value!;
        if (input.Type is null || !WireNames.TryParse<PolicyType>(input.Type, out var type))
        {
            return PolicyInput.Invalid("type", "must be one of " + string.Join(", ", Enum.GetValues<PolicyType>().Select(t => t.ToWireName())));
        }

        if (input.Rules is not { } rules)
        {
            return PolicyInput.Invalid("rules", "is required");
        }

        var parsed = PolicyRulesParser.Parse(type, rules);
        if (!parsed.Succeeded)
        {
            return parsed.Failure;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var scope = await scopes.CheckAsync(db, input.WalletId, input.Network, parsed.Value!, cancellationToken).ConfigureAwait(false);
        if (scope is not null)
        {
            return scope;
        }

        var now = WaiaasDatabase.UnixNow(time);
        var policy = new PolicyEntity
        {
            Id = WaiaasDatabase.NewId(time),
            WalletId = input.WalletId,
            Network = input.Network,
            Type = input.Type,
            Rules = JsonSerializer.Serialize(rules),
            Priority = input.Priority ?? 0,
            Enabled = input.Enabled ?? true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Policies.Add(policy);
        await AppendAsync(db, AuditEvents.PolicyCreated, policy, origin, Describe(policy), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ToResponse(policy);
    }

    /// <summary>
    /// Lists policies. <paramref name="visibleWallets"/> (an agent's session wallets; null for the operator) limits the
    /// answer to global policies and those of the session's wallets.
    /// </summary>
    public async Task<Result<IReadOnlyList<PolicyResponse>>> ListAsync(string? walletId, string? type, IReadOnlyList<string>? visibleWallets, CancellationToken cancellationToken)
    {
        if (type is not null && !WireNames.TryParse<PolicyType>(type, out _))
        {
            return PolicyInput.Invalid("type", "is not a policy type");
        }

        if (walletId is not null && visibleWallets is not null && !visibleWallets.Contains(walletId, StringComparer.Ordinal))
        {
            return new Failure(ErrorCodes.WalletNotInSession, $"the session may not use wallet {walletId}.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Policies.AsNoTracking();
        if (walletId is not null)
        {
            // An agent naming its wallet also sees the global policies that judge it.
            query = visibleWallets is null ? query.Where(p => p.WalletId == walletId) : query.Where(p => p.WalletId == walletId || p.WalletId == null);
        }
        else if (visibleWallets is not null)
        {
            query = query.Where(p => p.WalletId == null || visibleWallets.Contains(p.WalletId));
        }

        if (type is not null)
        {
            query = query.Where(p => p.Type == type);
        }

        var rows = await query.OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToResponse).ToList();
    }

    public async Task<Result<PolicyResponse>> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        return policy is null ? new Failure(ErrorCodes.PolicyNotFound) : ToResponse(policy);
    }

    public async Task<Result<PolicyResponse>> UpdateAsync(string id, JsonElement body, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var read = PolicyInput.Read(body);
        if (!read.Succeeded)
        {
            return read.Failure;
        }

        var input = read.Value!;
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            return new Failure(ErrorCodes.PolicyNotFound);
        }

        // walletId and type define what a policy is; sending them back unchanged (GET, edit, PUT) is fine.
        if (input.HasWalletId && input.WalletId != policy.WalletId)
        {
            return PolicyInput.Invalid("walletId", "cannot be changed; delete the policy and create a new one");
        }

        if (input.Type is not null && input.Type != policy.Type)
        {
            return PolicyInput.Invalid("type", "cannot be changed; delete the policy and create a new one");
        }

        var type = WireNames.TryParse<PolicyType>(policy.Type, out var stored) ? stored : throw new InvalidDataException($"Policy {id} has an unknown type.");
        var rulesText = input.Rules is { } newRules ? JsonSerializer.Serialize(newRules) : policy.Rules;
        var parsed = PolicyRulesParser.Parse(type, rulesText);
        if (!parsed.Succeeded)
        {
            return parsed.Failure;
        }

        var network = input.HasNetwork ? input.Network : policy.Network;
        var scope = await scopes.CheckAsync(db, policy.WalletId, network, parsed.Value!, cancellationToken).ConfigureAwait(false);
        if (scope is not null)
        {
            return scope;
        }

        var previous = Describe(policy);
        policy.Network = network;
        policy.Rules = rulesText;
        policy.Priority = input.Priority ?? policy.Priority;
        policy.Enabled = input.Enabled ?? policy.Enabled;
        policy.UpdatedAt = WaiaasDatabase.UnixNow(time);
        var details = Describe(policy);
        details["previous"] = previous;
        await AppendAsync(db, AuditEvents.PolicyUpdated, policy, origin, details, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ToResponse(policy);
    }

    public async Task<Result<PolicyResponse>> DeleteAsync(string id, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            return new Failure(ErrorCodes.PolicyNotFound);
        }

        db.Policies.Remove(policy);
        await AppendAsync(db, AuditEvents.PolicyDeleted, policy, origin, Describe(policy), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ToResponse(policy);
    }

    public static PolicyResponse ToResponse(PolicyEntity policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var rules = JsonDocument.Parse(policy.Rules);
        return new PolicyResponse(policy.Id, policy.WalletId, policy.Network, policy.Type, rules.RootElement.Clone(), policy.Priority, policy.Enabled, policy.CreatedAt, policy.UpdatedAt);
    }

    private static JsonObject Describe(PolicyEntity policy) => new()
    {
        ["policyId"] = policy.Id,
        ["type"] = policy.Type,
        ["network"] = policy.Network,
        ["priority"] = policy.Priority,
        ["enabled"] = policy.Enabled,
        ["rules"] = JsonNode.Parse(policy.Rules),
    };

    private Task<AuditLogEntity> AppendAsync(WaiaasDbContext db, string eventType, PolicyEntity policy, RequestOrigin origin, JsonObject details, CancellationToken cancellationToken) =>
        audit.AppendAsync(db, new AuditEntry(eventType, origin.Actor)
        {
            WalletId = policy.WalletId,
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = details,
        }, cancellationToken);
}

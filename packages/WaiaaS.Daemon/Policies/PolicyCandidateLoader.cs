using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WaiaaS.Core;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Policies;

/// <summary>
/// Loads the enabled policies that can apply to a wallet on a network (its own and global ones, for that network or
/// all), parsed, for <see cref="PolicyEngine.Evaluate"/>. Called by the pipeline inside its own write transaction so the
/// policies it judges by are the ones committed when it reserves.
/// </summary>
internal static class PolicyCandidateLoader
{
    private const string Sql =
        "SELECT id, wallet_id, network, type, rules, priority, enabled FROM policies " +
        "WHERE enabled = 1 AND (wallet_id IS NULL OR wallet_id = $wallet) AND (network IS NULL OR network = $network)";

    /// <summary>Through the context's connection and current transaction (if any).</summary>
    public static Task<IReadOnlyList<PolicyCandidate>> LoadCandidatesAsync(WaiaasDbContext db, string walletId, string network, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LoadCandidatesAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), walletId, network, cancellationToken);
    }

    /// <summary>Through an open connection (e.g. a raw <c>SqliteConnection</c>) and its transaction.</summary>
    public static async Task<IReadOnlyList<PolicyCandidate>> LoadCandidatesAsync(DbConnection connection, DbTransaction? transaction, string walletId, string network, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = Sql;
            AddParameter(command, "$wallet", walletId);
            AddParameter(command, "$network", network);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var candidates = new List<PolicyCandidate>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    candidates.Add(ToCandidate(
                        reader.GetString(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetInt32(5),
                        reader.GetBoolean(6)));
                }

                return candidates;
            }
        }
    }

    /// <summary>
    /// Parses a stored row. Rows are validated on the way in, so a row that no longer parses means the database was
    /// edited by hand or is damaged: that fails the evaluation (closed) instead of silently skipping a rule.
    /// </summary>
    public static PolicyCandidate ToCandidate(string id, string? walletId, string? network, string type, string rules, int priority, bool enabled)
    {
        if (!WireNames.TryParse<PolicyType>(type, out var policyType))
        {
            throw new InvalidDataException($"Policy {id} has an unknown type.");
        }

        var parsed = PolicyRulesParser.Parse(policyType, rules);
        return parsed.Succeeded
            ? new PolicyCandidate(id, walletId, network, parsed.Value!, priority, enabled)
            : throw new InvalidDataException($"Policy {id} has invalid rules: {parsed.Failure.Message}");
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

namespace WaiaaS.Core.Policies;

/// <summary>
/// What the reservation ledger has recorded for the wallet being evaluated (SPEC §8): transactions that hold a
/// reservation (PENDING, QUEUED, EXECUTING, SUBMITTED, CONFIRMED) created at or after a time. The daemon answers from the
/// database inside the write transaction that evaluates and reserves, so concurrent requests cannot both pass a limit.
/// Synchronous on purpose: the engine is pure and the answer is one indexed query on an open connection.
/// </summary>
public interface IPolicyUsage
{
    /// <summary>The USD value reserved since <paramref name="since"/> (unknown prices count as 0).</summary>
    decimal SpentUsd(DateTimeOffset since);

    /// <summary>How many reserving transactions were created since <paramref name="since"/>.</summary>
    int TransactionCount(DateTimeOffset since);

    /// <summary>When the oldest of those transactions was created, or null when there is none.</summary>
    DateTimeOffset? OldestCountedSince(DateTimeOffset since);
}

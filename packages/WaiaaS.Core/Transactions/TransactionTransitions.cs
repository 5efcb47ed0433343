using System.Collections.Frozen;

namespace WaiaaS.Core.Transactions;

/// <summary>
/// The only legal status transitions of a transaction (SPEC §9). The daemon updates a row with a compare-and-set on the
/// expected status and refuses any move this table does not list.
/// </summary>
public static class TransactionTransitions
{
    private static readonly FrozenDictionary<TransactionStatus, TransactionStatus[]> Allowed = new Dictionary<TransactionStatus, TransactionStatus[]>
    {
        [TransactionStatus.Pending] = [TransactionStatus.Queued, TransactionStatus.Executing, TransactionStatus.Cancelled, TransactionStatus.Failed],
        [TransactionStatus.Queued] = [TransactionStatus.Executing, TransactionStatus.Cancelled, TransactionStatus.Expired, TransactionStatus.Failed],
        [TransactionStatus.Executing] = [TransactionStatus.Submitted, TransactionStatus.Failed],
        [TransactionStatus.Submitted] = [TransactionStatus.Confirmed, TransactionStatus.Failed],
        [TransactionStatus.Confirmed] = [],
        [TransactionStatus.Failed] = [],
        [TransactionStatus.Cancelled] = [],
        [TransactionStatus.Expired] = [],
    }.ToFrozenDictionary();

    /// <summary>Whether a transaction may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(TransactionStatus from, TransactionStatus to) => Array.IndexOf(Allowed[from], to) >= 0;

    /// <summary>The statuses reachable from <paramref name="from"/> in one step.</summary>
    public static IReadOnlyList<TransactionStatus> From(TransactionStatus from) => Allowed[from];

    /// <summary>Whether nothing follows this status.</summary>
    public static bool IsTerminal(TransactionStatus status) => Allowed[status].Length == 0;

    /// <summary>
    /// Whether a transaction in this status holds its reservation in the spending ledger (SPEC §8): everything that is
    /// waiting, in flight or confirmed; failed, cancelled (denied, rejected) and expired transactions release it.
    /// </summary>
    public static bool HoldsReservation(TransactionStatus status) =>
        status is TransactionStatus.Pending or TransactionStatus.Queued or TransactionStatus.Executing
            or TransactionStatus.Submitted or TransactionStatus.Confirmed;

    /// <summary>The statuses that hold a reservation, for queries.</summary>
    public static IReadOnlyList<TransactionStatus> ReservingStatuses { get; } =
        [TransactionStatus.Pending, TransactionStatus.Queued, TransactionStatus.Executing, TransactionStatus.Submitted, TransactionStatus.Confirmed];
}

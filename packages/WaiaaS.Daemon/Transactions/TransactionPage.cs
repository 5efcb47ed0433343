using WaiaaS.Core.Contracts;

namespace WaiaaS.Daemon.Transactions;

/// <summary>One page of transactions, newest first.</summary>
/// <param name="Items">The transactions.</param>
/// <param name="Cursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
/// <param name="HasMore">Whether another page follows.</param>
internal sealed record TransactionPage(IReadOnlyList<TransactionResponse> Items, string? Cursor, bool HasMore);

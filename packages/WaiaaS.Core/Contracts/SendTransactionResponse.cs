namespace WaiaaS.Core.Contracts;

/// <summary>The answer of <c>POST /v1/transactions/send</c> once the policy stage committed (SPEC §9, §16).</summary>
/// <param name="Id">The transaction id (UUIDv7).</param>
/// <param name="Status">PENDING (executing) or QUEUED (DELAY/APPROVAL).</param>
/// <param name="Tier">INSTANT, NOTIFY, DELAY or APPROVAL.</param>
public sealed record SendTransactionResponse(string Id, string Status, string? Tier);

namespace WaiaaS.Core.Contracts;

/// <summary>Why a transaction failed or was cancelled.</summary>
/// <param name="Code">An error code (policy, chain or pipeline).</param>
/// <param name="Message">A readable reason.</param>
public sealed record TransactionErrorResponse(string Code, string? Message);

namespace WaiaaS.Core.Contracts;

/// <summary>
/// The answer of <c>POST /v1/transactions/simulate</c>: what sending would do, with no side effect (nothing stored,
/// nothing reserved, nothing signed).
/// </summary>
/// <param name="Allowed">Whether constraints and policies would accept it.</param>
/// <param name="Tier">The tier it would get (null when denied).</param>
/// <param name="Denial">The error it would get (code, message, details) when denied.</param>
/// <param name="AmountUsd">The USD value used by the policies (null = unknown price).</param>
/// <param name="Fee">The chain's fee estimate in the native coin's base units, when the chain could estimate it.</param>
/// <param name="FeeError">Why the fee could not be estimated (e.g. the call would revert).</param>
public sealed record SimulateTransactionResponse(
    bool Allowed,
    string? Tier,
    SimulatedDenial? Denial,
    decimal? AmountUsd,
    string? Fee,
    string? FeeError);

namespace WaiaaS.Core.Contracts;

/// <summary>The answer to <c>PUT /v1/sessions/{id}/renew</c>. Times are Unix seconds.</summary>
/// <param name="Token">The new token; the old one keeps working for <c>[security] session_renewal_grace</c> seconds.</param>
/// <param name="ExpiresAt">When the new token expires.</param>
/// <param name="RenewalCount">Renewals done, this one included.</param>
/// <param name="RenewalsRemaining">Renewals left; null when unlimited.</param>
/// <param name="AbsoluteExpiresAt">When the session ends whatever the renewals; null when unlimited.</param>
public sealed record RenewSessionResponse(string Token, long ExpiresAt, int RenewalCount, int? RenewalsRemaining, long? AbsoluteExpiresAt);

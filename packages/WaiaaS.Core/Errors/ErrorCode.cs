namespace WaiaaS.Core.Errors;

/// <summary>
/// One entry of the error-code table: a stable code agents can act on, the HTTP status it maps to, a default
/// message, a hint saying what to do, and whether retrying the same request can succeed.
/// </summary>
public sealed record ErrorCode(string Code, int HttpStatus, string Message, string? Hint, bool Retryable);

namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>The outcome of verifying a signed SIWE message.</summary>
/// <param name="Message">The parsed message, when it parsed.</param>
/// <param name="ErrorCode">A code from <see cref="SiweErrorCodes"/>, or null when valid.</param>
/// <param name="Error">What is wrong, for people, or null when valid.</param>
public sealed record SiweVerificationResult(SiweMessage? Message, string? ErrorCode, string? Error)
{
    /// <summary>Whether the message is well-formed, meets the expectations, is within its validity window and was signed by its address.</summary>
    public bool IsValid => ErrorCode is null;
}

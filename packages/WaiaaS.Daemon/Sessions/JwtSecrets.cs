using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Sessions;

/// <summary>A snapshot of the session-token secrets: the signing one and, after a rotation, the previous one.</summary>
/// <param name="Current">Signs new tokens and verifies them.</param>
/// <param name="Previous">The secret before the last rotation, if any.</param>
/// <param name="PreviousValidUntil">Until when (Unix seconds) <paramref name="Previous"/> still verifies tokens.</param>
internal sealed record JwtSecrets(GuardedBuffer Current, GuardedBuffer? Previous, long PreviousValidUntil)
{
    /// <summary>The secrets that verify a token at <paramref name="now"/>.</summary>
    public IReadOnlyList<GuardedBuffer> VerifyingAt(long now) =>
        Previous is not null && now < PreviousValidUntil ? [Current, Previous] : [Current];
}

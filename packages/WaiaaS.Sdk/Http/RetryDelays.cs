using System.Net.Http.Headers;

namespace WaiaaS.Sdk.Http;

/// <summary>The backoff arithmetic of <see cref="WaiaasClientOptions"/>.</summary>
internal static class RetryDelays
{
    /// <summary>The delay before retry number <paramref name="retry"/> (1-based).</summary>
    public static TimeSpan Backoff(WaiaasClientOptions options, int retry)
    {
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var ticks = Math.Min(options.BaseDelay.Ticks * factor, options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)Math.Max(0, ticks));
    }

    /// <summary>
    /// The delay before retrying an error answer: Retry-After when the daemon sent one (null when it is longer than
    /// the cap: give up), else the backoff.
    /// </summary>
    public static TimeSpan? ForAnswer(WaiaasClientOptions options, RetryConditionHeaderValue? retryAfter, int retry)
    {
        var wanted = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - options.Time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        if (wanted is null)
        {
            return Backoff(options, retry);
        }

        return wanted.Value > options.MaxRetryAfter ? null : wanted.Value < TimeSpan.Zero ? TimeSpan.Zero : wanted.Value;
    }
}

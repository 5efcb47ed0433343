namespace WaiaaS.Sdk;

/// <summary>
/// How the clients retry (SPEC §14): 429, 5xx (unless the daemon says <c>retryable: false</c>) and network errors,
/// only for calls that are safe to repeat: GET, the idempotent PUT/DELETE, and send/simulate with an
/// <c>Idempotency-Key</c>. Delay <c>BaseDelay · 2^(retry-1)</c> capped at <see cref="MaxDelay"/>; a 429's
/// <c>Retry-After</c> is honoured when it is at most <see cref="MaxRetryAfter"/> (a longer one ends the retries).
/// </summary>
public sealed record WaiaasClientOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying. Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff delay. Default 250 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest backoff delay. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest <c>Retry-After</c> the client waits for. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock the delays run on (tests pass a fake one). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

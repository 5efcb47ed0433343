using System.Collections.Concurrent;
using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>
/// A renewal client that records each call (the clock's time, session and token) and answers from a script, or
/// passes the call to <paramref name="inner"/> (the real daemon) when the script is empty.
/// </summary>
internal sealed class ScriptedRenewalClient(TimeProvider time, ISessionRenewalClient? inner = null) : ISessionRenewalClient
{
    public delegate Task<RenewSessionResponse> Step(string sessionId, string token, CancellationToken cancellationToken);

    private readonly ConcurrentQueue<Step> _script = new();

    public ConcurrentQueue<RenewalCall> Calls { get; } = new();

    public List<RenewalCall> CallList => [.. Calls];

    /// <summary>Answer for calls past the script when there is no inner client.</summary>
    public Step? Otherwise { get; set; }

    public ScriptedRenewalClient Then(Step step)
    {
        _script.Enqueue(step);
        return this;
    }

    public Task<RenewSessionResponse> RenewAsync(string sessionId, string token, CancellationToken cancellationToken)
    {
        Calls.Enqueue(new RenewalCall(time.GetUtcNow(), sessionId, token));
        if (_script.TryDequeue(out var step))
        {
            return step(sessionId, token, cancellationToken);
        }

        return Otherwise is { } otherwise ? otherwise(sessionId, token, cancellationToken)
            : inner?.RenewAsync(sessionId, token, cancellationToken) ?? throw new InvalidOperationException("unscripted renewal");
    }

    /// <summary>An honest daemon: a new token of the same session expiring <paramref name="ttl"/> from now.</summary>
    public static Step Renews(TimeProvider time, TimeSpan ttl, int renewalCount = 1, int? remaining = 29) => (sessionId, _, _) =>
    {
        var now = time.GetUtcNow();
        var token = TestTokens.Issue(sessionId, now, ttl);
        return Task.FromResult(new RenewSessionResponse(token, (now + ttl).ToUnixTimeSeconds(), renewalCount, remaining, null));
    };

    public static Step Refuses(int status, string code, bool retryable = false) =>
        (_, _, _) => Task.FromException<RenewSessionResponse>(new WaiaasApiException(status, code, $"refused: {code}", null, retryable, "req-1", null));

    public static Step Unreachable() =>
        (_, _, _) => Task.FromException<RenewSessionResponse>(new WaiaasNetworkException("connection refused", new HttpRequestException("connection refused")));
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Security;
using WaiaaS.Daemon.Sessions;

namespace WaiaaS.Daemon.Http;

/// <summary>
/// Enforces the <see cref="AuthMetadata"/> of the matched endpoint. An endpoint that declares nothing is refused
/// (deny by default), so a new endpoint cannot be reachable without a credential by accident.
/// </summary>
internal sealed class AuthenticationMiddleware(
    RequestDelegate next,
    MasterPasswordGuard guard,
    MasterAuthLockout lockout,
    ISecurityEventRecorder recorder,
    Owners.OwnerAuthenticator owners,
    SessionAuthenticator sessions,
    SessionRequestLimiter limiter)
{
    public const string MasterPasswordHeader = "X-Master-Password";

    public async Task InvokeAsync(HttpContext context)
    {
        // Routing's own endpoints (405 answers) are plain Endpoints, not RouteEndpoints, and carry no handler of ours.
        if (context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var requirement = endpoint.Metadata.GetMetadata<AuthMetadata>()?.Requirement;
        switch (requirement)
        {
            case AuthRequirement.None:
                await next(context).ConfigureAwait(false);
                return;
            case AuthRequirement.Master:
                if (await AuthenticateMasterAsync(context).ConfigureAwait(false))
                {
                    await next(context).ConfigureAwait(false);
                }

                return;
            case AuthRequirement.Owner:
                if (await owners.AuthenticateEndpointAsync(context, endpoint).ConfigureAwait(false))
                {
                    await next(context).ConfigureAwait(false);
                }

                return;
            case AuthRequirement.Session:
            case AuthRequirement.SessionOrMaster when context.Request.Headers.Authorization.Count > 0:
                var session = await sessions.AuthenticateAsync(context).ConfigureAwait(false);
                if (session.Succeeded && limiter.Acquire(session.Value!.SessionId, IsSend(endpoint)) is { } wait)
                {
                    await RefuseRateLimitedAsync(context, wait).ConfigureAwait(false);
                }
                else if (session.Succeeded)
                {
                    context.SetAuthenticatedSession(session.Value!);
                    await next(context).ConfigureAwait(false);
                }
                else
                {
                    await ApiErrorResult.WriteAsync(context, session.Failure.Error, session.Failure.Message).ConfigureAwait(false);
                }

                return;
            case AuthRequirement.SessionOrMaster:
                if (await AuthenticateMasterAsync(context).ConfigureAwait(false))
                {
                    await next(context).ConfigureAwait(false);
                }

                return;
            default:
                // An endpoint that declares no credential is refused (deny by default).
                await ApiErrorResult.WriteAsync(context, ErrorCodes.Unauthorized).ConfigureAwait(false);
                return;
        }
    }

    private async Task<bool> AuthenticateMasterAsync(HttpContext context)
    {
        if (lockout.RetryAfter() is { } wait)
        {
            await RefuseLockedAsync(context, wait).ConfigureAwait(false);
            return false;
        }

        if (guard.Matches(context.Request.Headers[MasterPasswordHeader].ToString()))
        {
            lockout.RecordSuccess();
            return true;
        }

        var presented = context.Request.Headers.ContainsKey(MasterPasswordHeader);
        var lockedFor = lockout.RecordFailure();
        await recorder.MasterAuthFailedAsync(context, presented, lockedFor, context.RequestAborted).ConfigureAwait(false);
        if (lockedFor is { } duration)
        {
            await RefuseLockedAsync(context, duration).ConfigureAwait(false);
            return false;
        }

        await ApiErrorResult.WriteAsync(context, presented ? ErrorCodes.InvalidMasterPassword : ErrorCodes.Unauthorized).ConfigureAwait(false);
        return false;
    }

    private static bool IsSend(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "SendTransaction";

    private static Task RefuseRateLimitedAsync(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiErrorResult.WriteAsync(context, ErrorCodes.SessionRateLimited, $"The session's request limit is reached; retry in {seconds} seconds.");
    }

    private static Task RefuseLockedAsync(HttpContext context, TimeSpan wait)
    {
        var seconds = (long)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiErrorResult.WriteAsync(context, ErrorCodes.MasterPasswordLocked, $"Master authentication is locked for {seconds} more seconds after repeated wrong passwords.");
    }
}

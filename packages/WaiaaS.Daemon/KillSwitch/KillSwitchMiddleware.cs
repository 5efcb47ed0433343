using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Http;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>
/// While the kill switch is engaged (SUSPENDED or LOCKED), every endpoint answers 503 <c>SYSTEM_LOCKED</c> except:
/// endpoints without credentials (<c>/health</c>, the OpenAPI document, <c>/v1/nonce</c>), everything under
/// <c>/v1/admin/</c> (status, recovery), read-only operator endpoints (GET/HEAD with masterAuth: wallets, audit log,
/// transactions), and endpoints marked <see cref="KillSwitchExemptMetadata"/> (the owner's kill-switch activation).
/// It runs after routing and before authentication, so an agent whose session the cascade revoked learns why.
/// </summary>
internal sealed class KillSwitchMiddleware(RequestDelegate next, IKillSwitchState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        var current = state.Current;
        if (current == KillSwitchState.Active || context.GetEndpoint() is not RouteEndpoint endpoint || IsExempt(endpoint, context.Request.Method, asOperator: context.Request.Headers.Authorization.Count == 0))
        {
            return next(context);
        }

        return ApiErrorResult.WriteAsync(context, ErrorCodes.SystemLocked, $"The kill switch is {current.ToWireName()}: only status, recovery and read-only operator endpoints answer.");
    }

    internal static bool IsExempt(RouteEndpoint endpoint, string method, bool asOperator = true)
    {
        if (endpoint.Metadata.GetMetadata<KillSwitchExemptMetadata>() is not null)
        {
            return true;
        }

        var requirement = endpoint.Metadata.GetMetadata<AuthMetadata>()?.Requirement;
        if (requirement == AuthRequirement.None)
        {
            return true;
        }

        var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
        if (requirement == AuthRequirement.Master && pattern.StartsWith("/v1/admin/", StringComparison.Ordinal))
        {
            return true;
        }

        // Operator reads stay available: masterAuth GETs, and session-or-master GETs made with the master password.
        var operatorRead = requirement == AuthRequirement.Master || (requirement == AuthRequirement.SessionOrMaster && asOperator);
        return operatorRead && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
    }
}

using Microsoft.AspNetCore.Http;

namespace WaiaaS.Daemon.Http;

/// <summary>Access to the <see cref="AuthenticatedSession"/> of a sessionAuth request.</summary>
public static class AuthenticatedSessionExtensions
{
    /// <summary>The session the request was authenticated as.</summary>
    /// <exception cref="InvalidOperationException">The endpoint does not declare sessionAuth (a bug in the endpoint).</exception>
    public static AuthenticatedSession GetAuthenticatedSession(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<AuthenticatedSession>()
            ?? throw new InvalidOperationException("No authenticated session: the endpoint must declare RequireSessionAuth().");
    }

    /// <summary>Stores the authenticated session (the authentication middleware does this).</summary>
    internal static void SetAuthenticatedSession(this HttpContext context, AuthenticatedSession session) =>
        context.Features.Set(session);
}

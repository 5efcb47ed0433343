using Microsoft.AspNetCore.Builder;

namespace WaiaaS.Daemon.Http;

/// <summary>Declares an endpoint's credential; <see cref="AuthenticationMiddleware"/> enforces it.</summary>
internal static class EndpointAuthExtensions
{
    public static TBuilder RequireMasterAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.Master));

    public static TBuilder RequireSessionAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.Session));

    /// <summary>Requires an agent's session token, or, without an <c>Authorization</c> header, the master password.</summary>
    public static TBuilder RequireSessionOrMasterAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.SessionOrMaster));

    public static TBuilder AllowWithoutCredentials<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.None));
}

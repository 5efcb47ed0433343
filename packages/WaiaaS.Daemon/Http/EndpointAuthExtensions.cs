using Microsoft.AspNetCore.Builder;

namespace WaiaaS.Daemon.Http;

/// <summary>Declares an endpoint's credential; <see cref="AuthenticationMiddleware"/> enforces it.</summary>
internal static class EndpointAuthExtensions
{
    public static TBuilder RequireMasterAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.Master));

    public static TBuilder RequireSessionAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.Session));

    public static TBuilder AllowWithoutCredentials<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new AuthMetadata(AuthRequirement.None));
}

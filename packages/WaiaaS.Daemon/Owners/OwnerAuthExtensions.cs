using Microsoft.AspNetCore.Builder;
using WaiaaS.Daemon.Http;

namespace WaiaaS.Daemon.Owners;

/// <summary>Declares an endpoint as ownerAuth; <see cref="AuthenticationMiddleware"/> enforces it through <see cref="OwnerAuthenticator"/>.</summary>
internal static class OwnerAuthExtensions
{
    public static TBuilder RequireOwnerAuth<TBuilder>(this TBuilder builder, OwnerAuthScope scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuthMetadata(AuthRequirement.Owner), new OwnerAuthMetadata(scope));
}

using Microsoft.AspNetCore.Builder;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>Lets an endpoint answer while the kill switch is engaged (use sparingly: it must not move funds).</summary>
internal static class KillSwitchEndpointExtensions
{
    public static TBuilder AllowWhileKillSwitchEngaged<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(KillSwitchExemptMetadata.Instance);
}

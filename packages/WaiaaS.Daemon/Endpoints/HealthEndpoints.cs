using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NuGet.Versioning;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Http;

namespace WaiaaS.Daemon.Endpoints;

/// <summary><c>GET /health</c>: liveness plus the version facts of seed 003 §4. No credential; reveals no wallet data.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth).AllowWithoutCredentials().WithName("GetHealth").WithTags("System");
        return routes;
    }

    private static Ok<HealthResponse> GetHealth(DaemonRuntime runtime, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var latest = runtime.LatestVersion;
        return TypedResults.Ok(new HealthResponse(
            "ok",
            ProductInfo.Version,
            latest,
            IsNewer(latest, ProductInfo.Version),
            runtime.SchemaVersion,
            (long)(now - runtime.StartedAt).TotalSeconds,
            now.ToUnixTimeSeconds()));
    }

    internal static bool IsNewer(string? latest, string current) =>
        latest is not null
        && NuGetVersion.TryParse(latest, out var latestVersion)
        && NuGetVersion.TryParse(current, out var currentVersion)
        && latestVersion > currentVersion;
}

using System.Reflection;

namespace WaiaaS.Core;

/// <summary>Facts about this build. Every WaiaaS package carries the same version (version.json).</summary>
public static class ProductInfo
{
    /// <summary>The product version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } =
        StripBuildMetadata(typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion)
        ?? typeof(ProductInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    // The SDK may append "+<commit>" to the informational version; the product version is what precedes it.
    private static string? StripBuildMetadata(string? version) => version?.Split('+')[0];
}

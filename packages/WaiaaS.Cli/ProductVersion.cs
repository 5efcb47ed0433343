using System.Reflection;

namespace WaiaaS.Cli;

/// <summary>The version of this build, as written in version.json at build time.</summary>
internal static class ProductVersion
{
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}

using System.Reflection;

namespace WaiaaS.Tests.Shared;

/// <summary>Checks that a shipped assembly was built with the one version from version.json.</summary>
internal static class PackageAssemblyAssertions
{
    public static void CarriesRepositoryVersion(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        Assert.Equal(RepositoryRoot.Version, informational);
        Assert.Equal(RepositoryRoot.Version, assembly.GetName().Version!.ToString(3));
    }
}

using WaiaaS.Tests.Shared;

namespace WaiaaS.Mcp.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Mcp");
}

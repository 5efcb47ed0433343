using WaiaaS.Tests.Shared;

namespace WaiaaS.Sdk.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Sdk");
}

using WaiaaS.Tests.Shared;

namespace WaiaaS.Core.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Core");
}

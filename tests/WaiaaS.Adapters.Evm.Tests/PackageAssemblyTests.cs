using WaiaaS.Tests.Shared;

namespace WaiaaS.Adapters.Evm.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Adapters.Evm");
}

using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Daemon");
}

using WaiaaS.Tests.Shared;

namespace WaiaaS.Adapters.Solana.Tests;

public sealed class PackageAssemblyTests
{
    [Fact]
    public void Assembly_IsBuiltWithTheVersionFromVersionJson() =>
        PackageAssemblyAssertions.CarriesRepositoryVersion("WaiaaS.Adapters.Solana");
}

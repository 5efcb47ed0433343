using Xunit.Sdk;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

public sealed class NodeToolingTests
{
    [Fact]
    public void MissingNodeModules_FailsWithTheBootstrapCommand()
    {
        var empty = Directory.CreateTempSubdirectory("waiaas-no-node-modules-");
        try
        {
            var failure = Assert.Throws<FailException>(() => NodeTooling.RequireInstalled(empty.FullName));

            Assert.Contains("bash build/bootstrap.sh", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheRepositoryPeers_AreInstalled()
    {
        NodeTooling.RequireInstalled();

        Assert.NotNull(NodeTooling.FindNode());
    }
}

namespace WaiaaS.Daemon.Tests.Pipeline;

[CollectionDefinition(Name)]
public sealed class ChainPeersDefinition : ICollectionFixture<ChainPeersFixture>
{
    public const string Name = "chain peers";
}

namespace WaiaaS.Adapters.Solana.Tests.Harness;

[CollectionDefinition(Name)]
public sealed class LiteSvmChain : ICollectionFixture<LiteSvmRpcFixture>
{
    public const string Name = "LiteSVM RPC server";
}

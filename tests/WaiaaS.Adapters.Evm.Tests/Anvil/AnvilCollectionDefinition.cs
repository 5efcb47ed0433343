namespace WaiaaS.Adapters.Evm.Tests.Anvil;

/// <summary>Tests that share one Anvil node (and its deployed test token) run in this collection, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AnvilCollectionDefinition : ICollectionFixture<AnvilFixture>
{
    public const string Name = "anvil";
}

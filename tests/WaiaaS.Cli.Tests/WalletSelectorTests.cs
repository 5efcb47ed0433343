using WaiaaS.Cli.Tests.Mcp;

namespace WaiaaS.Cli.Tests;

public sealed class WalletSelectorTests
{
    [Fact]
    public void Find_PrefersTheIdOverAName()
    {
        var wallets = new[] { McpSetupTargetTests.Wallet("x", "y"), McpSetupTargetTests.Wallet("y", "z") };

        Assert.Equal("y", WalletSelector.Find(wallets, "y", out _)!.Id);
    }

    [Fact]
    public void Find_ByName_IgnoresTerminatedWallets()
    {
        var wallets = new[] { McpSetupTargetTests.Wallet("old", "bot", "TERMINATED"), McpSetupTargetTests.Wallet("new", "bot") };

        Assert.Equal("new", WalletSelector.Find(wallets, "bot", out _)!.Id);
    }

    [Fact]
    public void Find_IsCaseSensitive_AndExplainsAMiss()
    {
        var found = WalletSelector.Find([McpSetupTargetTests.Wallet("a", "Bot")], "bot", out var problem);

        Assert.Null(found);
        Assert.Contains("waiaas wallet list", problem);
    }
}

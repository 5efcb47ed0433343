using WaiaaS.Cli.Mcp;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Tests.Mcp;

public sealed class McpSetupTargetTests
{
    [Fact]
    public void Choose_WithWalletByName_GivesThatWalletItsOwnFile()
    {
        List<WalletResponse> wallets = [Wallet("a", "alpha"), Wallet("b", "beta")];

        var target = McpSetupTarget.Choose(wallets, "beta", all: false, out var problem, out _);

        Assert.Null(problem);
        Assert.Equal("b", target!.PerWalletId);
        Assert.Equal(["b"], target.Wallets.Select(w => w.Id));
    }

    [Fact]
    public void Choose_WithUnknownWallet_IsAUsageError()
    {
        var target = McpSetupTarget.Choose([Wallet("a", "alpha")], "gamma", all: false, out var problem, out var exitCode);

        Assert.Null(target);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("gamma", problem);
    }

    [Fact]
    public void Choose_WithWalletAndAll_IsAUsageError()
    {
        var target = McpSetupTarget.Choose([Wallet("a", "alpha")], "alpha", all: true, out var problem, out var exitCode);

        Assert.Null(target);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("not both", problem);
    }

    [Fact]
    public void Choose_All_TakesEveryActiveWalletAndTheDefaultFile()
    {
        List<WalletResponse> wallets = [Wallet("a", "alpha"), Wallet("b", "beta", "SUSPENDED"), Wallet("c", "gamma"), Wallet("d", "delta", "TERMINATED")];

        var target = McpSetupTarget.Choose(wallets, null, all: true, out _, out _);

        Assert.Null(target!.PerWalletId);
        Assert.Equal(["a", "c"], target.Wallets.Select(w => w.Id));
    }

    [Fact]
    public void Choose_All_RefusesMoreThanTwentyWallets()
    {
        var wallets = Enumerable.Range(0, 21).Select(i => Wallet("w" + i, "n" + i)).ToList();

        var target = McpSetupTarget.Choose(wallets, null, all: true, out var problem, out var exitCode);

        Assert.Null(target);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("at most 20", problem);
    }

    [Fact]
    public void Choose_Neither_WithOneActiveWallet_IsLikeAll()
    {
        var target = McpSetupTarget.Choose([Wallet("a", "alpha"), Wallet("b", "beta", "SUSPENDED")], null, all: false, out _, out _);

        Assert.Null(target!.PerWalletId);
        Assert.Equal(["a"], target.Wallets.Select(w => w.Id));
    }

    [Fact]
    public void Choose_Neither_WithSeveralActiveWallets_AsksForWalletOrAll()
    {
        var target = McpSetupTarget.Choose([Wallet("a", "alpha"), Wallet("b", "beta")], null, all: false, out var problem, out var exitCode);

        Assert.Null(target);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--wallet", problem);
        Assert.Contains("--all", problem);
    }

    [Fact]
    public void Choose_WithoutActiveWallets_SaysHowToCreateOne()
    {
        foreach (var all in new[] { false, true })
        {
            var target = McpSetupTarget.Choose([Wallet("b", "beta", "SUSPENDED")], null, all, out var problem, out var exitCode);

            Assert.Null(target);
            Assert.Equal(ExitCodes.NoActiveWallet, exitCode);
            Assert.Contains("waiaas wallet create", problem);
            Assert.Contains("waiaas quickset", problem);
        }
    }

    internal static WalletResponse Wallet(string id, string name, string status = "ACTIVE", string? owner = null) =>
        new(id, name, "ethereum", "testnet", "0x" + new string('1', 40), "pk", status, owner, owner is null ? "NONE" : "GRACE", null, null, null, null, 0, 0);
}

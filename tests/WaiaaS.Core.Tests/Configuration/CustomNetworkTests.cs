using WaiaaS.Core.Chains;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class CustomNetworkTests
{
    [Fact]
    public void Load_WhenEvmAndSolanaNetworksAreValid_BindsBoth()
    {
        var config = LoadOk("""
            [rpc]
            solana_devnet = "https://api.devnet.solana.com"

            [rpc.custom.anvil-local]
            chain = "ethereum"
            chain_id = 31337
            url = "http://127.0.0.1:8545"

            [rpc.custom.solana-local]
            chain = "solana"
            url = "http://127.0.0.1:8899"
            environment = "mainnet"
            """);

        Assert.Equal("https://api.devnet.solana.com", config.Rpc.UrlFor("solana_devnet"));
        Assert.Equal(2, config.Rpc.Custom.Count);
        var anvil = config.Rpc.Custom["anvil-local"];
        Assert.Equal(("anvil-local", ChainType.Ethereum, (long?)31337, "http://127.0.0.1:8545", NetworkEnvironment.Testnet),
            (anvil.Name, anvil.Chain, anvil.ChainId, anvil.Url, anvil.Environment));
        var solana = config.Rpc.Custom["solana-local"];
        Assert.Equal(("solana-local", ChainType.Solana, (long?)null, "http://127.0.0.1:8899", NetworkEnvironment.Mainnet),
            (solana.Name, solana.Chain, solana.ChainId, solana.Url, solana.Environment));
        Assert.Equal(new NetworkInfo("anvil-local", ChainType.Ethereum, NetworkEnvironment.Testnet, 31337, null, null), anvil.ToNetworkInfo());
    }

    [Fact]
    public void Load_WhenCustomNetworkIsInlineTable_BindsIt()
    {
        var config = LoadOk("[rpc]\ncustom = { hardhat = { chain = \"ethereum\", chain_id = 31337, url = \"http://localhost:8545\" } }\n");

        Assert.Equal(31337, config.Rpc.Custom["hardhat"].ChainId);
    }

    [Theory]
    [InlineData("anvil", "chain = \"ethereum\"\nurl = \"http://127.0.0.1:8545\"", "chain_id is required for an EVM network (the EIP-155 chain id, e.g. 31337 for Anvil)")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = 0\nurl = \"http://127.0.0.1:8545\"", "chain_id must be a positive integer (the EIP-155 chain id, e.g. 31337 for Anvil)")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = \"31337\"\nurl = \"http://127.0.0.1:8545\"", "chain_id must be a positive integer (the EIP-155 chain id, e.g. 31337 for Anvil)")]
    [InlineData("sol", "chain = \"solana\"\nchain_id = 1\nurl = \"http://127.0.0.1:8899\"", "chain_id applies to EVM networks only; remove it for a Solana network")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = 1\nurl = \"http://127.0.0.1:8545\"\nrpc_url = \"x\"", "unknown key 'rpc_url' (known: chain, chain_id, url, environment)")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = 1\nurl = \"ws://127.0.0.1:8545\"", "url must be an absolute http:// or https:// URL without credentials, got \"ws://127.0.0.1:8545\"")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = 1", "url is required and must be a non-empty string")]
    [InlineData("anvil", "chain_id = 1\nurl = \"http://127.0.0.1:8545\"", "chain is required and must be a non-empty string")]
    [InlineData("anvil", "chain = \"bitcoin\"\nurl = \"http://127.0.0.1:8545\"", "chain must be \"solana\" or \"ethereum\", got \"bitcoin\"")]
    [InlineData("anvil", "chain = \"ethereum\"\nchain_id = 1\nurl = \"http://127.0.0.1:8545\"\nenvironment = \"devnet\"", "environment must be \"testnet\" or \"mainnet\"")]
    [InlineData("Anvil_Local", "chain = \"ethereum\"\nchain_id = 1\nurl = \"http://127.0.0.1:8545\"", "network names use lowercase letters, digits and '-' (at most 63 characters), e.g. anvil-local")]
    [InlineData("ethereum-sepolia", "chain = \"ethereum\"\nchain_id = 11155111\nurl = \"http://127.0.0.1:8545\"", "'ethereum-sepolia' is a built-in network; set its URL with [rpc] evm_ethereum_sepolia instead")]
    public void Load_WhenCustomNetworkIsInvalid_ReportsKeyOfTheNetwork(string name, string body, string message)
    {
        var error = SingleError($"[rpc.custom.{TomlKey(name)}]\n{body}\n");

        Assert.Equal($"rpc.custom.{name}", error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal(1, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Load_WhenCustomNetworkNameIsTooLong_ReportsIt()
    {
        var name = new string('a', 64);

        var error = SingleError($"[rpc.custom.{name}]\nchain = \"solana\"\nurl = \"http://127.0.0.1:8899\"\n");

        Assert.Equal($"rpc.custom.{name}", error.Key);
        Assert.StartsWith("network names use lowercase letters", error.Message);
    }

    [Fact]
    public void Load_WhenCustomNetworkIsNotATable_ReportsItWithLine()
    {
        var error = SingleError("[rpc.custom]\nanvil = \"http://127.0.0.1:8545\"\n");

        Assert.Equal("rpc.custom.anvil", error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal("must be a table with chain, chain_id, url and environment", error.Message);
    }

    [Fact]
    public void Load_WhenCustomIsNotATable_ReportsRpcCustom()
    {
        var error = SingleError("[rpc]\ncustom = \"anvil\"\n");

        Assert.Equal("rpc.custom", error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal("must be a table of networks ([rpc.custom.<name>])", error.Message);
    }

    [Fact]
    public void Load_WhenTwoCustomNetworksAreInvalid_ReportsBoth()
    {
        var result = Load("""
            [rpc.custom.one]
            chain = "ethereum"
            url = "http://127.0.0.1:8545"

            [rpc.custom.two]
            chain = "solana"
            url = "ftp://127.0.0.1"
            """);

        Assert.Equal(new string?[] { "rpc.custom.one", "rpc.custom.two" }, result.Errors.Select(e => e.Key));
    }

    private static string TomlKey(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? name : $"\"{name}\"";
}

using System.Text;
using System.Text.RegularExpressions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Toml;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed partial class DefaultConfigFileTests
{
    private static readonly string Rendered = DefaultConfigFile.Render("1.2.3");

    [GeneratedRegex(@"^# (?<key>[A-Za-z0-9_-]+) = (?<value>.*)$")]
    private static partial Regex CommentedKeyValue();

    [GeneratedRegex(@"^\[(?<name>[A-Za-z0-9_.-]+)\]$")]
    private static partial Regex SectionHeader();

    [Fact]
    public void Render_ParsesAsToml_WithOneTablePerSection()
    {
        var document = TomlParser.Parse(Rendered);

        Assert.Equal(ConfigSchema.Sections.Select(s => s.Name), document.Keys);
        Assert.All(document.Where(entry => entry.Key != "oracle"), entry => Assert.Equal(0, Assert.IsType<TomlTable>(entry.Value).Count));
        Assert.Contains("written by waiaas 1.2.3 init", Rendered);
    }

    [Fact]
    public void Render_LoadsWithoutErrors_AsDefaults()
    {
        var config = LoadOk(Rendered);

        Assert.All(ConfigSchema.AllKeys, key => Assert.Equal(Format(key.DefaultValue), Format(key.ValueIn(config))));
    }

    [Fact]
    public void Render_MentionsEveryKeyCommentedUnderItsSection()
    {
        var found = CommentedKeysBySection(Rendered);

        Assert.All(ConfigSchema.AllKeys.Where(k => k.Section != "oracle"), key =>
            Assert.True(found.Contains((key.Section, key.Name)), $"# {key.Name} = ... missing under [{key.Section}]"));
    }

    [Fact]
    public void Render_WritesEveryOracleKeySetToItsDefault_SoContactedHostsAreVisible()
    {
        var oracle = Assert.IsType<TomlTable>(TomlParser.Parse(Rendered)["oracle"]);

        var oracleKeys = ConfigSchema.FindSection("oracle")!.Keys;
        Assert.Equal(oracleKeys.Select(k => k.Name).Order(StringComparer.Ordinal), oracle.Keys.Order(StringComparer.Ordinal));
        Assert.All(oracleKeys, key => Assert.Equal(Format(key.DefaultValue), Format(oracle[key.Name])));
        Assert.Contains("pyth_url = \"https://hermes.pyth.network\"\n", Rendered);
        Assert.Contains("coingecko_url = \"https://api.coingecko.com/api/v3\"\n", Rendered);
        Assert.Contains("enabled = true\n", Rendered);
        Assert.Contains("SOL = \"0xef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d\"\n", Rendered);
        Assert.Contains("USDC = \"usd-coin\"\n", Rendered);
        Assert.Contains("only pyth_url and coingecko_url", Rendered.Replace("\n# ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WhenOracleIsSwitchedOffInTheWrittenFile_LoadsDisabled()
    {
        var text = Rendered.Replace("[oracle]\n# Ask the price sources. false = no outbound price request at all.\nenabled = true\n",
            "[oracle]\nenabled = false\n", StringComparison.Ordinal);
        Assert.NotEqual(Rendered, text);

        Assert.False(LoadOk(text).Oracle.Enabled);
    }

    [Fact]
    public void Render_WhenBuiltInSectionsAreUncommented_YieldsDefaults()
    {
        var text = Uncomment(Rendered, section => section != "rpc");

        var config = LoadOk(text);

        var expectedKeys = ConfigSchema.AllKeys.Where(k => k.Section != "rpc").ToList();
        Assert.NotEmpty(expectedKeys);
        var document = TomlParser.Parse(text);
        Assert.All(expectedKeys, key =>
        {
            Assert.True(((TomlTable)document[key.Section]).ContainsKey(key.Name), $"{key.FullName} was not uncommented");
            Assert.Equal(Format(key.DefaultValue), Format(key.ValueIn(config)));
        });
    }

    [Fact]
    public void Render_WhenRpcKeysAreUncommented_YieldsSuggestedPublicUrls()
    {
        var rpcKeys = ConfigSchema.FindSection("rpc")!.Keys.Select(k => k.Name).ToHashSet();
        var text = Uncomment(Rendered, section => section == "rpc", key => rpcKeys.Contains(key));

        var config = LoadOk(text);

        Assert.Equal(KnownNetworks.All.Count, config.Rpc.Urls.Count);
        Assert.All(KnownNetworks.All, network => Assert.Equal(network.SuggestedPublicRpcUrl, config.Rpc.UrlFor(network.RpcConfigKey!)));
        Assert.Empty(config.Rpc.Custom);
    }

    [Fact]
    public void Render_WhenCustomNetworkExampleIsUncommented_BindsAnvilLocal()
    {
        var lines = Rendered.Split('\n').ToList();
        var start = lines.IndexOf("# [rpc.custom.anvil-local]");
        Assert.True(start > 0);
        for (var i = start; i < lines.Count && lines[i].StartsWith("# ", StringComparison.Ordinal); i++)
        {
            lines[i] = lines[i][2..];
        }

        var network = LoadOk(string.Join('\n', lines)).Rpc.Custom["anvil-local"];

        Assert.Equal((ChainType.Ethereum, (long?)31337, "http://127.0.0.1:8545", NetworkEnvironment.Testnet),
            (network.Chain, network.ChainId, network.Url, network.Environment));
    }

    [Fact]
    public void Render_IsValidUtf8WithLfLineEndings()
    {
        Assert.DoesNotContain('\r', Rendered);
        Assert.True(TomlParser.TryParse(Encoding.UTF8.GetBytes(Rendered), out _, out var error), error?.ToString());
        Assert.EndsWith("\n", Rendered);
    }

    private static string Format(TomlValue value) => TomlWriter.FormatValue(value);

    private static HashSet<(string Section, string Key)> CommentedKeysBySection(string text)
    {
        var found = new HashSet<(string, string)>();
        string? section = null;
        foreach (var line in text.Split('\n'))
        {
            if (SectionHeader().Match(line) is { Success: true } header)
            {
                section = header.Groups["name"].Value;
            }
            else if (section is not null && CommentedKeyValue().Match(line) is { Success: true } keyValue)
            {
                found.Add((section, keyValue.Groups["key"].Value));
            }
        }

        return found;
    }

    /// <summary>Removes the leading "# " of every "# key = value" line in the chosen sections.</summary>
    private static string Uncomment(string text, Func<string, bool> inSection, Func<string, bool>? forKey = null)
    {
        string? section = null;
        var lines = text.Split('\n').Select(line =>
        {
            if (SectionHeader().Match(line) is { Success: true } header)
            {
                section = header.Groups["name"].Value;
                return line;
            }

            return section is not null && inSection(section) && CommentedKeyValue().Match(line) is { Success: true } match
                && (forKey is null || forKey(match.Groups["key"].Value))
                ? line[2..]
                : line;
        });
        return string.Join('\n', lines);
    }
}

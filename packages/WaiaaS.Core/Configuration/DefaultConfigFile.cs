using WaiaaS.Core.Chains;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>
/// The commented config.toml written by <c>waiaas init</c>: every section, and every key commented out
/// with its default, so an operator uncomments what they change and later defaults still reach the rest. Sections
/// marked <see cref="ConfigSection.WrittenOut"/> (<c>[oracle]</c>: the hosts contacted for prices) are written set, so
/// what the daemon contacts is visible in the file.
/// </summary>
public static class DefaultConfigFile
{
    /// <summary>Renders the file for version <paramref name="version"/>.</summary>
    public static string Render(string version)
    {
        var writer = new TomlWriter();
        writer.Comment($"WaiaaS configuration (written by waiaas {version} init).");
        writer.Comment("Every key is shown commented out with its default. Uncomment a line to change it.");
        writer.Comment("Exception: the [oracle] keys are written out, so the outside hosts contacted for prices are visible.");
        writer.Comment("Any key can also be set with an environment variable WAIAAS_<SECTION>_<KEY>,");
        writer.Comment("e.g. WAIAAS_DAEMON_PORT=3101; arrays and tables are given as JSON.");
        writer.Comment("Order: built-in defaults < this file < environment. Unknown keys are errors.");

        foreach (var section in ConfigSchema.Sections)
        {
            writer.BlankLine();
            writer.Comment(Wrap(section.Description));
            writer.Table(section.Name);
            if (section.WrittenOut)
            {
                WriteOut(writer, section);
                continue;
            }

            foreach (var key in section.Keys)
            {
                writer.Comment(KeyComment(key));
                writer.CommentedKeyValue(key.Name, SuggestedValue(section, key));
            }

            if (section.Name == "rpc")
            {
                WriteCustomNetworkExample(writer);
            }
        }

        return writer.ToString();
    }

    // Plain keys first, then each table-valued key as its own [section.key] table with one entry per line: TOML
    // requires a table's own keys before its sub-tables, and one line per entry keeps long feed ids readable.
    private static void WriteOut(TomlWriter writer, ConfigSection section)
    {
        var tables = section.Keys.Where(k => k.DefaultValue is TomlTable).ToList();
        foreach (var key in section.Keys.Except(tables))
        {
            writer.Comment(KeyComment(key));
            writer.KeyValue(key.Name, key.DefaultValue);
        }

        foreach (var key in tables)
        {
            writer.BlankLine();
            writer.Comment(KeyComment(key));
            writer.Table(section.Name, key.Name);
            var entries = (TomlTable)key.DefaultValue;
            if (entries.Count == 0)
            {
                writer.Comment("Example: USDC = 1.0");
            }

            foreach (var (name, value) in entries)
            {
                writer.KeyValue(name, value);
            }
        }
    }

    private static string KeyComment(ConfigKey key) =>
        Wrap(key.IsSecret ? key.Description + " Secret: keep this file private (mode 0600)." : key.Description);

    // For [rpc] the default is "" (not configured); the well-known public endpoint is more useful to uncomment.
    private static TomlValue SuggestedValue(ConfigSection section, ConfigKey key) =>
        section.Name == "rpc" && KnownNetworks.All.FirstOrDefault(n => n.RpcConfigKey == key.Name)?.SuggestedPublicRpcUrl is { } url
            ? new TomlString(url)
            : key.DefaultValue;

    // Comments are wrapped so the file reads well in an 100-column editor.
    private static string Wrap(string text, int width = 98)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join('\n', lines);
    }

    private static void WriteCustomNetworkExample(TomlWriter writer)
    {
        writer.BlankLine();
        writer.Comment("A local or other network; its name is its network id. Example for Anvil:");
        writer.Comment("[rpc.custom.anvil-local]");
        writer.Comment("chain = \"ethereum\"        # \"ethereum\" or \"solana\"");
        writer.Comment("chain_id = 31337           # EVM only");
        writer.Comment("url = \"http://127.0.0.1:8545\"");
        writer.Comment("environment = \"testnet\"   # \"testnet\" (default) or \"mainnet\"");
    }
}

using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

public sealed class TomlWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote\" and \\ backslash", "\"quote\\\" and \\\\ backslash\"")]
    [InlineData("tab\tnew\nline\r", "\"tab\\tnew\\nline\\r\"")]
    [InlineData("bell\u0007 nul\0 del\u007F", "\"bell\\u0007 nul\\u0000 del\\u007F\"")]
    [InlineData("ünïcødé 😀", "\"ünïcødé 😀\"")]
    public void Strings_are_escaped(string value, string expected)
    {
        Assert.Equal(expected, TomlWriter.FormatValue(new TomlString(value)));
        Assert.Equal(value, ((TomlString)TomlParser.Parse("v = " + expected)["v"]).Value);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e300, "1E+300")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void Floats_round_trip_and_stay_floats(double value, string expected)
    {
        var text = TomlWriter.FormatValue(new TomlFloat(value));
        Assert.Equal(expected, text);
        var parsed = Assert.IsType<TomlFloat>(TomlParser.Parse("v = " + text)["v"]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(parsed.Value));
    }

    [Theory]
    [InlineData("bare_key-1", "bare_key-1")]
    [InlineData("", "\"\"")]
    [InlineData("with space", "\"with space\"")]
    [InlineData("a.b", "\"a.b\"")]
    [InlineData("ключ", "\"ключ\"")]
    public void Keys_are_quoted_only_when_needed(string key, string expected)
    {
        Assert.Equal(expected, TomlWriter.FormatKey(key));
    }

    [Fact]
    public void Scalars_arrays_and_inline_tables_format_on_one_line()
    {
        var inline = new TomlTable(isInline: true);
        inline.Add("x", new TomlInteger(long.MinValue));
        inline.Add("when", new TomlDateTime(TomlDateTimeKind.LocalTime, 0, 0, 0, 7, 32, 0, "123456789123"));
        var array = new TomlArray([new TomlBoolean(true), new TomlString("s"), inline, new TomlArray()]);
        Assert.Equal(
            "[true, \"s\", { x = -9223372036854775808, when = 07:32:00.123456789123 }, []]",
            TomlWriter.FormatValue(array));
    }

    [Fact]
    public void Builder_writes_a_commented_document_that_parses()
    {
        var writer = new TomlWriter();
        writer.Comment("WaiaaS configuration\nsecond line");
        writer.BlankLine();
        writer.Table("daemon");
        writer.KeyValue("port", new TomlInteger(3100), "HTTP port");
        writer.CommentedKeyValue("log level", new TomlString("info\n"), "one of: debug, info");
        writer.ArrayOfTablesHeader("chains", "evm");
        writer.KeyValue("id", new TomlInteger(1));
        var text = writer.ToString();

        Assert.Equal(
            "# WaiaaS configuration\n# second line\n\n[daemon]\nport = 3100  # HTTP port\n" +
            "# \"log level\" = \"info\\n\"  # one of: debug, info\n[[chains.evm]]\nid = 1\n",
            text);
        var document = TomlParser.Parse(text);
        var daemon = (TomlTable)document["daemon"];
        Assert.Equal(["port"], daemon.Keys);
        Assert.Equal(1, ((TomlInteger)((TomlTable)((TomlArray)((TomlTable)document["chains"])["evm"])[0])["id"]).Value);
    }

    [Fact]
    public void Commented_key_value_becomes_a_setting_when_uncommented()
    {
        var writer = new TomlWriter();
        writer.CommentedKeyValue("timeout", new TomlFloat(2.5));
        var line = writer.ToString();
        Assert.StartsWith("# ", line, StringComparison.Ordinal);
        Assert.Equal(0, TomlParser.Parse(line).Count);
        Assert.Equal(2.5, ((TomlFloat)TomlParser.Parse(line[2..])["timeout"]).Value);
    }

    [Fact]
    public void Comments_with_control_characters_still_parse()
    {
        var writer = new TomlWriter();
        writer.Comment("bad \u0001 char\r\nnext");
        writer.KeyValue("k", new TomlBoolean(false), "trailing\nwith newline");
        Assert.True(TomlParser.TryParse(writer.ToString(), out var document, out var error), error?.ToString());
        Assert.Equal(["k"], document.Keys);
    }

    [Fact]
    public void Write_puts_values_before_tables_and_arrays_of_tables()
    {
        var document = TomlParser.Parse(
            "[server]\nhost = \"h\"\n[[peers]]\nname = \"a\"\n[peers.extra]\nz = 1\n[[peers]]\nname = \"b\"\n[top]\n");
        document.Add("late", new TomlInteger(5));
        var text = TomlWriter.Write(document);
        Assert.Equal(
            "late = 5\n\n[server]\nhost = \"h\"\n\n[[peers]]\nname = \"a\"\n\n[peers.extra]\nz = 1\n\n[[peers]]\nname = \"b\"\n\n[top]\n",
            text);
        Assert.True(TomlStructure.AreEqual(document, TomlParser.Parse(text)));
    }

    [Fact]
    public void Unpaired_surrogates_cannot_be_written()
    {
        Assert.Throws<ArgumentException>(() => TomlWriter.FormatValue(new TomlString("\uD800")));
    }
}

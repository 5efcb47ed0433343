using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

public sealed class TomlKeyPositionTests
{
    private const string Document =
        "title = \"x\"\n" +
        "  server.http.port = 8080\n" +
        "\n" +
        "[db.main]\n" +
        "path = \"a.db\"\n" +
        "[[chains]]\n" +
        "id = 1\n";

    [Fact]
    public void Plain_keys_report_their_own_position()
    {
        var document = TomlParser.Parse(Document);
        Assert.Equal(new TomlPosition(1, 1), document.GetKeyPosition("title"));
        Assert.Equal(new TomlPosition(1, 9), document["title"].Position);
    }

    [Fact]
    public void Dotted_keys_report_each_segment()
    {
        var document = TomlParser.Parse(Document);
        var server = (TomlTable)document["server"];
        var http = (TomlTable)server["http"];
        Assert.Equal(new TomlPosition(2, 3), document.GetKeyPosition("server"));
        Assert.Equal(new TomlPosition(2, 10), server.GetKeyPosition("http"));
        Assert.Equal(new TomlPosition(2, 15), http.GetKeyPosition("port"));
        Assert.Equal(new TomlPosition(2, 22), http["port"].Position);
    }

    [Fact]
    public void Header_tables_report_the_header_position()
    {
        var document = TomlParser.Parse(Document);
        var db = (TomlTable)document["db"];
        var main = (TomlTable)db["main"];
        Assert.Equal(new TomlPosition(4, 1), document.GetKeyPosition("db"));
        Assert.Equal(new TomlPosition(4, 1), db.GetKeyPosition("main"));
        Assert.Equal(new TomlPosition(5, 1), main.GetKeyPosition("path"));
        Assert.Equal(new TomlPosition(6, 1), document.GetKeyPosition("chains"));
        var chain = (TomlTable)((TomlArray)document["chains"])[0];
        Assert.Equal(new TomlPosition(7, 1), chain.GetKeyPosition("id"));
    }

    [Fact]
    public void Implicit_table_keeps_its_first_position_when_defined_later()
    {
        var document = TomlParser.Parse("[a.b]\nx = 1\n[a]\ny = 2\n");
        Assert.Equal(new TomlPosition(1, 1), document.GetKeyPosition("a"));
        Assert.Equal(new TomlPosition(4, 1), ((TomlTable)document["a"]).GetKeyPosition("y"));
    }

    [Fact]
    public void Missing_and_code_built_keys_have_default_positions()
    {
        var table = new TomlTable();
        table.Add("k", new TomlInteger(1));
        Assert.Equal(default, table.GetKeyPosition("k"));
        Assert.Equal(default, table.GetKeyPosition("absent"));
        Assert.False(table["k"].Position.IsKnown);
    }
}

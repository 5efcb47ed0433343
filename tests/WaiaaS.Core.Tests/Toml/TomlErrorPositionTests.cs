using System.Text;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

public sealed class TomlErrorPositionTests
{
    [Theory]
    [InlineData("a = 1\nb = \"abc\n", 2, 5, "unterminated string")]
    [InlineData("a = 1\n  a = 2\n", 2, 3, "duplicate key 'a' (first defined at line 1)")]
    [InlineData("x = \"a\\qb\"\n", 1, 7, "invalid escape '\\q'")]
    [InlineData("# hi \u0007 there\n", 1, 6, "control character U+0007 is not allowed in a comment")]
    [InlineData("[a]\nb = 1\n[a]\n", 3, 1, "duplicate table [a] (first defined at line 1)")]
    [InlineData("a = [1,,2]", 1, 8, "expected a value")]
    [InlineData("a = 1979-13-01", 1, 10, "month 13 is out of range")]
    [InlineData("a = {b = 1,}", 1, 12, "trailing comma")]
    [InlineData("a.b = 1\n[a]\n", 2, 1, "already defined by dotted keys")]
    [InlineData("a = 01", 1, 5, "leading zeros")]
    [InlineData("a = 1__0", 1, 6, "underscore")]
    [InlineData("a = 9223372036854775808", 1, 5, "out of range")]
    [InlineData("a = 1\r", 1, 6, "carriage return")]
    [InlineData("[[a]]\n[a]", 2, 1, "already an array")]
    [InlineData("key = \"é\u0001\"", 1, 9, "control character U+0001")]
    [InlineData("a = 1 b = 2", 1, 7, "expected a newline")]
    [InlineData("a = { b = 1 }\na.c = 2", 2, 1, "inline table")]
    public void Errors_point_at_the_offending_character(string toml, int line, int column, string messagePart)
    {
        Assert.False(TomlParser.TryParse(toml, out _, out var error));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Columns_count_code_points_not_utf16_units()
    {
        Assert.False(TomlParser.TryParse("k = \"😀😀\" x", out _, out var error));
        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("a = 1\nb = \"é").Concat(new byte[] { 0xC3, 0x28, (byte)'"' }).ToArray();
        Assert.False(TomlParser.TryParse(bytes, out _, out var error));
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_formats_as_line_column_message()
    {
        var exception = Assert.Throws<TomlException>(() => TomlParser.Parse("a = "));
        Assert.Equal("line 1, column 5: expected a value, found end of input", exception.Error.ToString());
        Assert.Equal(1, exception.Line);
        Assert.Equal(5, exception.Column);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var toml = "a = " + new string('[', 100_000) + new string(']', 100_000);
        Assert.False(TomlParser.TryParse(toml, out _, out var error));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData(200, 0)]
    [InlineData(50, 100)]
    public void Deep_trees_from_keys_and_headers_are_errors(int headerParts, int dottedParts)
    {
        var toml = "[" + string.Join('.', Enumerable.Repeat("t", headerParts)) + "]\n"
            + string.Join('.', Enumerable.Repeat("d", dottedParts + 1)) + " = 1\n";
        Assert.False(TomlParser.TryParse(toml, out _, out var error));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_inline_tables_with_dotted_keys_are_errors()
    {
        var level = "{" + string.Join('.', Enumerable.Repeat("k", 60)) + " = ";
        var toml = "a = " + string.Concat(Enumerable.Repeat(level, 3)) + "1" + new string('}', 3);
        Assert.False(TomlParser.TryParse(toml, out _, out var error));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_documents_parse_completely()
    {
        var lines = Enumerable.Range(0, 50_000).Select(i => $"k{i} = [{i}, \"s{i}\", {i}.5, 1979-05-27T07:32:00Z]");
        var toml = "[t]\n" + string.Join('\n', lines) + "\nbig = [" + string.Join(", ", Enumerable.Range(0, 200_000)) + "]\n";
        var document = TomlParser.Parse(toml);
        Assert.Equal(50_001, ((TomlTable)document["t"]).Count);
        Assert.Equal(200_000, ((TomlArray)((TomlTable)document["t"])["big"]).Count);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var toml = "a = " + new string('[', 128) + new string(']', 128);
        Assert.True(TomlParser.TryParse(toml, out _, out var error), error?.ToString());
    }

    [Fact]
    public void Bom_is_skipped_once_in_bytes_and_strings()
    {
        Assert.True(TomlParser.TryParse("\uFEFFa = 1", out _, out _));
        Assert.True(TomlParser.TryParse("\uFEFFa = 1"u8, out _, out _));
        Assert.False(TomlParser.TryParse("\uFEFF\uFEFFa = 1"u8, out _, out var error));
        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}

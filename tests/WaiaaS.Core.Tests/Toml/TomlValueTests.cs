using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

public sealed class TomlValueTests
{
    [Fact]
    public void Values_have_types_positions_and_type_names()
    {
        var document = TomlParser.Parse("s = 'x'\ni = 0xDEAD_beef\nf = 1e2\nb = false\nd = 2024-02-29\na = []\nt = {}\n");
        Assert.Equal(
            ["string", "integer", "float", "boolean", "datetime", "array", "table"],
            document.Select(pair => pair.Value.TypeName));
        Assert.Equal(["s", "i", "f", "b", "d", "a", "t"], document.Keys);
        Assert.Equal(new TomlPosition(3, 5), document["f"].Position);
        Assert.True(((TomlTable)document["t"]).IsInline);
        Assert.Equal(100.0, ((TomlFloat)document["f"]).Value);
        Assert.Equal(0xDEADBEEF, ((TomlInteger)document["i"]).Value);
    }

    [Fact]
    public void Keys_are_ordinal_and_in_insertion_order()
    {
        var document = TomlParser.Parse("b = 1\nB = 2\n\"a\" = 3\n'é' = 4\n\"e\\u0301\" = 5\n");
        Assert.Equal(["b", "B", "a", "é", "e\u0301"], document.Keys);
        Assert.False(document.TryGetValue("A", out _));
        Assert.Throws<KeyNotFoundException>(() => document["missing"]);
        Assert.Throws<ArgumentException>(() => document.Add("b", new TomlBoolean(true)));
    }

    [Fact]
    public void Date_times_keep_full_precision()
    {
        var document = TomlParser.Parse("odt = 1979-05-27 07:32:00.1234567891234z\nldt = 1979-05-27t00:32:00\nld = 1979-05-27\nlt = 00:32:00.5\n");
        var odt = (TomlDateTime)document["odt"];
        Assert.Equal(TomlDateTimeKind.OffsetDateTime, odt.Kind);
        Assert.Equal("1234567891234", odt.FractionDigits);
        Assert.Equal(123_456_789, odt.Nanoseconds);
        Assert.True(odt.IsUtcDesignator);
        Assert.Equal("1979-05-27T07:32:00.1234567891234Z", odt.ToRfc3339String());
        Assert.Equal(new DateTimeOffset(1979, 5, 27, 7, 32, 0, TimeSpan.Zero).AddTicks(1_234_567), odt.ToDateTimeOffset());
        Assert.Equal("1979-05-27T00:32:00", document["ldt"].ToString());
        Assert.Equal(TomlDateTimeKind.LocalDate, ((TomlDateTime)document["ld"]).Kind);
        Assert.Equal("00:32:00.5", ((TomlDateTime)document["lt"]).ToRfc3339String());
        Assert.Throws<InvalidOperationException>(() => ((TomlDateTime)document["ld"]).ToDateTimeOffset());
    }

    [Fact]
    public void Offsets_are_kept_in_minutes()
    {
        var value = (TomlDateTime)TomlParser.Parse("v = 2000-01-01T00:00:00-07:30")["v"];
        Assert.Equal(-450, value.OffsetMinutes);
        Assert.False(value.IsUtcDesignator);
        Assert.Equal(TimeSpan.FromMinutes(-450), value.ToDateTimeOffset().Offset);
        Assert.Throws<InvalidOperationException>(() => ((TomlDateTime)TomlParser.Parse("v = 2000-01-01T00:00:00+23:00")["v"]).ToDateTimeOffset());
    }

    [Fact]
    public void Date_time_from_date_time_offset_round_trips()
    {
        var instant = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.FromHours(5.5)).AddTicks(1230);
        var value = new TomlDateTime(instant);
        Assert.Equal("2025-12-31T23:59:59.000123+05:30", value.ToRfc3339String());
        Assert.Equal(instant, value.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("v = 2023-02-29")]
    [InlineData("v = 2000-01-01T24:00:00")]
    [InlineData("v = 2000-01-01T23:59:60Z")]
    [InlineData("v = 12:30")]
    public void Invalid_date_times_are_rejected(string toml)
    {
        Assert.False(TomlParser.TryParse(toml, out _, out _));
    }

    [Fact]
    public void Constructor_validates_components()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TomlDateTime(TomlDateTimeKind.LocalDate, 2023, 2, 29, 0, 0, 0));
        Assert.Throws<ArgumentException>(() => new TomlDateTime(TomlDateTimeKind.LocalTime, 0, 0, 0, 1, 2, 3, "12a"));
        Assert.Equal(29, new TomlDateTime(TomlDateTimeKind.LocalDate, 0, 2, 29, 0, 0, 0).Day);
    }
}

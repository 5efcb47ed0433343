using System.Text;
using FsCheck;
using FsCheck.Fluent;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>FsCheck generators for TOML fuzzing (bytes, text) and round trips (documents).</summary>
internal static class TomlGenerators
{
    // Characters that drive the parser into its interesting states, so random input is not rejected on byte one.
    private const string TomlAlphabet = "[]{}=\"'.,#\n\r \t\\0123456789abefnrtuxzTZ-_+:eEinas";

    // Declared before its users: static initialisers run in text order.
    /// <summary>Any Unicode scalar value, weighted towards ASCII and control characters.</summary>
    public static Gen<string> CodePoint { get; } = Gen.Frequency(
        (4, Gen.Choose(0x20, 0x7E)),
        (2, Gen.Elements(Enumerable.Range(0, 0x20).Append(0x7F).ToArray())),
        (2, Gen.Choose(0x80, 0xD7FF)),
        (1, Gen.Choose(0xE000, 0xFFFF)),
        (1, Gen.Choose(0x10000, 0x10FFFF)))
        .Select(char.ConvertFromUtf32);

    public static Gen<byte[]> Bytes { get; } = Gen.ArrayOf(
        Gen.Frequency(
            (3, Gen.Elements(TomlAlphabet.ToCharArray()).Select(c => (byte)c)),
            (1, Gen.Choose(0, 255).Select(b => (byte)b))));

    public static Gen<string> Text { get; } = Gen.ArrayOf(
        Gen.Frequency(
            (4, Gen.Elements(TomlAlphabet.ToCharArray()).Select(c => c.ToString())),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, CodePoint)))
        .Select(parts => string.Concat(parts));

    public static Gen<string> UnicodeString { get; } =
        Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(CodePoint, length)).Select(parts => string.Concat(parts));

    public static Gen<string> Key { get; } = Gen.Frequency(
        (3, Gen.Elements("a", "b", "key", "port", "x-y", "_1", "A9")),
        (1, UnicodeString));

    public static Gen<double> Double { get; } = Gen.Frequency(
        (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, double.MaxValue, double.MinValue, 1.0, 0.1)),
        (3, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(pair => BitConverter.Int64BitsToDouble(((long)pair.Item1 << 32) | (uint)pair.Item2))));

    public static Gen<long> Long { get; } = Gen.Frequency(
        (1, Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, 1L)),
        (3, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(pair => ((long)pair.Item1 << 32) | (uint)pair.Item2)));

    public static Gen<TomlDateTime> DateTime { get; } =
        from kind in Gen.Elements(Enum.GetValues<TomlDateTimeKind>())
        from year in Gen.Choose(0, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, TomlDateTime.DaysIn(year, month))
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Choose(0, 59)
        from fractionLength in Gen.Choose(0, 12)
        from fraction in Gen.ArrayOf(Gen.Choose(0, 9), fractionLength)
        from offset in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(-1439, 1439)))
        from useZ in Gen.Elements(true, false)
        select Build(kind, year, month, day, hour, minute, second, fraction, offset, useZ);

    public static Gen<TomlValue> Scalar { get; } = Gen.OneOf(
        UnicodeString.Select(s => (TomlValue)new TomlString(s)),
        Long.Select(i => (TomlValue)new TomlInteger(i)),
        Double.Select(d => (TomlValue)new TomlFloat(d)),
        Gen.Elements(true, false).Select(b => (TomlValue)new TomlBoolean(b)),
        DateTime.Select(d => (TomlValue)d));

    public static Gen<TomlTable> Document { get; } = Gen.Sized(size => Table(Math.Min(3, 1 + (size / 30)), isInline: false));

    private static Gen<TomlTable> Table(int depth, bool isInline) =>
        Gen.ListOf(Gen.Zip(Key, Value(depth - 1)), 6).Select(entries =>
        {
            var table = new TomlTable(isInline);
            foreach (var (key, value) in entries)
            {
                if (!table.ContainsKey(key))
                {
                    table.Add(key, value);
                }
            }

            return table;
        });

    private static Gen<TomlValue> Value(int depth)
    {
        if (depth <= 0)
        {
            return Scalar;
        }

        return Gen.Frequency(
            (6, Scalar),
            (1, Gen.ListOf(Value(depth - 1), 4).Select(items => (TomlValue)new TomlArray(items))),
            (1, Table(depth, isInline: true).Select(t => (TomlValue)t)),
            (2, Table(depth, isInline: false).Select(t => (TomlValue)t)),
            (1, Gen.ListOf(Table(depth, isInline: false), 3).Select(tables => (TomlValue)new TomlArray(tables))));
    }

    private static TomlDateTime Build(TomlDateTimeKind kind, int year, int month, int day, int hour, int minute, int second, int[] fraction, int offset, bool useZ)
    {
        var digits = new StringBuilder();
        foreach (var digit in fraction)
        {
            digits.Append((char)('0' + digit));
        }

        return kind switch
        {
            TomlDateTimeKind.OffsetDateTime => new TomlDateTime(kind, year, month, day, hour, minute, second, digits.ToString(), useZ ? 0 : offset, useZ),
            TomlDateTimeKind.LocalDateTime => new TomlDateTime(kind, year, month, day, hour, minute, second, digits.ToString()),
            TomlDateTimeKind.LocalDate => new TomlDateTime(kind, year, month, day, 0, 0, 0),
            _ => new TomlDateTime(kind, 0, 0, 0, hour, minute, second, digits.ToString()),
        };
    }
}

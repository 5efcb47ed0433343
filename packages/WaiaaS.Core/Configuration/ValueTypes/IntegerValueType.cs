using System.Globalization;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>An integer within an inclusive range.</summary>
public sealed class IntegerValueType(long min, long max) : ConfigValueType<long>
{
    /// <summary>Smallest allowed value.</summary>
    public long Min { get; } = min;

    /// <summary>Largest allowed value.</summary>
    public long Max { get; } = max;

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.WholeNumber;

    /// <inheritdoc />
    public override TomlValue ToToml(long value) => new TomlInteger(value);

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out long value, out string? problem)
    {
        value = 0;
        if (toml is not TomlInteger integer)
        {
            problem = WrongType("an integer", toml);
            return false;
        }

        if (integer.Value < Min || integer.Value > Max)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"must be between {Min} and {Max}, got {integer.Value}");
            return false;
        }

        value = integer.Value;
        problem = null;
        return true;
    }
}

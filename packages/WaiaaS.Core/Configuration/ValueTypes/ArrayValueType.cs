using System.Collections.Immutable;
using System.Globalization;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>An array whose elements all have one type.</summary>
/// <typeparam name="T">Element type.</typeparam>
public sealed class ArrayValueType<T>(ConfigValueType<T> element, string elementDescription) : ConfigValueType<ImmutableArray<T>>
{
    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Json;

    /// <inheritdoc />
    public override TomlValue ToToml(ImmutableArray<T> value)
    {
        var array = new TomlArray();
        foreach (var item in value)
        {
            array.Add(element.ToToml(item));
        }

        return array;
    }

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out ImmutableArray<T> value, out string? problem)
    {
        value = [];
        if (toml is not TomlArray array)
        {
            problem = WrongType("an array of " + elementDescription, toml);
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (!element.TryFromToml(array[i], out var item, out var itemError))
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"element {i}: {itemError}");
                return false;
            }

            builder.Add(item);
        }

        value = builder.MoveToImmutable();
        problem = null;
        return true;
    }
}

using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WaiaaS.Core;

namespace WaiaaS.Daemon.Storage;

/// <summary>Stores an enum as the UPPER_SNAKE form of its member names (<c>Terminating</c> → <c>TERMINATING</c>).</summary>
internal sealed class UpperSnakeEnumConverter<TEnum> : ValueConverter<TEnum, string>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToText =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => v.ToWireName());

    private static readonly FrozenDictionary<string, TEnum> FromText =
        ToText.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public UpperSnakeEnumConverter()
        : base(v => Format(v), v => Parse(v))
    {
    }

    public static string Format(TEnum value) =>
        ToText.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    public static TEnum Parse(string text) =>
        FromText.TryGetValue(text, out var value)
            ? value
            : throw new InvalidDataException($"'{text}' is not a stored {typeof(TEnum).Name} value.");
}

using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>Structural equality of TOML trees: same types, values, key order-insensitive tables, ordered arrays; positions ignored.</summary>
internal static class TomlStructure
{
    public static bool AreEqual(TomlValue expected, TomlValue actual) => (expected, actual) switch
    {
        (TomlString a, TomlString b) => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
        (TomlInteger a, TomlInteger b) => a.Value == b.Value,
        (TomlFloat a, TomlFloat b) => BitConverter.DoubleToInt64Bits(a.Value) == BitConverter.DoubleToInt64Bits(b.Value)
            || (double.IsNaN(a.Value) && double.IsNaN(b.Value)),
        (TomlBoolean a, TomlBoolean b) => a.Value == b.Value,
        (TomlDateTime a, TomlDateTime b) => a.ToRfc3339String() == b.ToRfc3339String(),
        (TomlArray a, TomlArray b) => a.Count == b.Count && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second)),
        (TomlTable a, TomlTable b) => a.Count == b.Count
            && a.All(pair => b.TryGetValue(pair.Key, out var other) && AreEqual(pair.Value, other)),
        _ => false,
    };
}
